// Golden for the stdlib sweep: for every .py file of python_stdlib.zip, what CPython 3.14.2's
// compile(source, name, 'exec') produces, as short digests per code object and per measure
// (see test/compiler/support/stdlib-facts.ts for the measures and their normalisation), keyed by
// the code object's qualname path. Files CPython cannot compile record the error instead.
// Writes test/compiler/goldens/stdlib-code.json.gz.
import zlib from 'node:zlib';
import fs from 'node:fs';
import { registerGolden } from './registry.ts';
import { rootPath } from './io.ts';
import { CODE_FACTS } from './compiler-codegen.ts';
import { openStdlibZip } from '../../src/runtime/stdlib-zip.ts';

export const STDLIB_CODE_GOLDEN = 'test/compiler/goldens/stdlib-code.json.gz';

const QUERY = CODE_FACTS + String.raw`
import hashlib, base64, json
def _h(x):
    if not isinstance(x, str):
        x = json.dumps(x, ensure_ascii=False)
    return hashlib.sha256(x.encode('utf-8', 'surrogatepass')).hexdigest()[:8]
def main(arg):
    name, b64 = arg
    src = base64.b64decode(b64)
    try:
        co = compile(src, name, 'exec')
    except SyntaxError as e:
        return [name, f'{type(e).__name__}: {e.msg} ({e.lineno}:{e.offset})', []]
    rows = []
    seen = {}
    for f in code_facts(co, []):
        q = f['qualname']
        seen[q] = seen.get(q, 0) + 1
        key = q if seen[q] == 1 else q + '#' + str(seen[q])
        rows.append([key, _h(f['dis']), f['stacksize'], f['flags'], _h(f['varnames']), _h(f['names']),
                     _h(f['cellvars']), _h(f['freevars']), _h(f['consts']), _h(f['code']), _h(f['linetable']),
                     _h(f['exceptiontable']), f['argcount'], f['posonlyargcount'], f['kwonlyargcount'], f['nlocals'], f['firstlineno']])
    return [name, None, rows]
`;

registerGolden({
  name: 'compiler-stdlib',
  async query(oracle) {
    const zip = openStdlibZip();
    const names = zip.names().filter((n) => n.endsWith('.py')).sort();
    const rows = await Promise.all(
      names.map((n) => oracle.call<unknown[]>(QUERY, [n, Buffer.from(zip.read(n)!).toString('base64')], 600_000)),
    );
    const text = '[\n' + rows.map((r) => JSON.stringify(r)).join(',\n') + '\n]\n';
    fs.writeFileSync(rootPath(STDLIB_CODE_GOLDEN), zlib.gzipSync(text, { level: 9 }));
  },
});
