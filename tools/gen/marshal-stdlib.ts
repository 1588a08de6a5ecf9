// Goldens for marshal, from CPython 3.14.2: marshal.dumps() of the code objects of a sample of the
// stdlib (every 20th .py file of the zip, plus a few chosen for their constants), and of assorted
// values with their repr(). Writes test/compiler/goldens/marshal.json.gz.
import zlib from 'node:zlib';
import fs from 'node:fs';
import { registerGolden } from './registry.ts';
import { rootPath } from './io.ts';
import { openStdlibZip } from '../../src/runtime/stdlib-zip.ts';

export const MARSHAL_GOLDEN = 'test/compiler/goldens/marshal.json.gz';

/** Files chosen for their constants (big ints, floats, complex, frozensets, slices, non-ASCII strings). */
const CHOSEN = ['_pydecimal.py', 'fractions.py', 'statistics.py', 'colorsys.py', 'unicodedata.py', 'textwrap.py', 'enum.py', 'tomllib/_parser.py', 'email/_header_value_parser.py', 'random.py', 'uuid.py', 'ipaddress.py'];

const VALUES = String.raw`[
  None, True, False, Ellipsis, StopIteration, 0, 1, -1, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**53, -2**53 - 1,
  2**100, -(2**100) + 12345, 10**40 + 7, 0.0, -0.0, 1.5, -2.25e-300, 1e308, float('inf'), float('-inf'),
  complex(1, -2), complex(-0.0, 0.0), b'', b'\x00\xff abc', '', 'ascii', 'é', '€uro', '\U0001f600', 'a' * 300, 'é' * 300,
  '\udc80', (), (1,), (1, 'a', (2.5, None)), tuple(range(300)), [], [1, [2, [3]]], {}, {'a': 1, 2: [3]},
  frozenset(), frozenset({1, 2, 3}), frozenset({'x', 'yy', 'zzz'}), slice(1, None, -1), slice(None, None, None),
  ('shared', 'shared', ('shared',)),
  set(), {1, 2, 3}, [{'a'}, frozenset({(1, 2), 3.5})],
]`;

const QUERY = String.raw`
import marshal, base64
def main(arg):
    kind, payload = arg
    if kind == 'file':
        name, b64 = payload
        co = compile(base64.b64decode(b64), name, 'exec')
        return [name, base64.b64encode(marshal.dumps(co)).decode()]
    vals = eval(payload)
    return [[base64.b64encode(marshal.dumps(v)).decode(), repr(v)] for v in vals]
`;

registerGolden({
  name: 'marshal',
  async query(oracle) {
    const zip = openStdlibZip();
    const all = zip.names().filter((n) => n.endsWith('.py')).sort();
    const names = [...new Set([...all.filter((_, i) => i % 20 === 0), ...CHOSEN.filter((n) => all.includes(n))])];
    const files = await Promise.all(names.map((n) => oracle.call<[string, string]>(QUERY, ['file', [n, Buffer.from(zip.read(n)!).toString('base64')]])));
    const values = await oracle.call<[string, string][]>(QUERY, ['values', VALUES]);
    const text = JSON.stringify({ files, values });
    fs.writeFileSync(rootPath(MARSHAL_GOLDEN), zlib.gzipSync(text, { level: 9 }));
  },
});
