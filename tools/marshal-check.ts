// Checks that CPython 3.14.2 reads what pyts's marshal.dumps() writes: every stdlib module compiled
// by pyts is dumped, loaded by the oracle, and the loaded code objects' digests compared with those
// of CPython's own compile (test/compiler/goldens/stdlib-code.json.gz). A measurement, not a test:
// it needs the oracle.   node tools/run.mjs tools/marshal-check.ts
import { Oracle } from './oracle/client.ts';
import { CODE_FACTS } from './gen/compiler-codegen.ts';
import { openStdlibZip } from '../src/runtime/stdlib-zip.ts';
import { parse } from '../src/parser/index.ts';
import { compileAst } from '../src/compiler/index.ts';
import { dumps } from '../src/modules/marshal.ts';
import { readStdlibGolden } from '../test/compiler/support/stdlib-facts.ts';

const QUERY = CODE_FACTS + String.raw`
import hashlib, base64, json, marshal
def _h(x):
    if not isinstance(x, str):
        x = json.dumps(x, ensure_ascii=False)
    return hashlib.sha256(x.encode('utf-8', 'surrogatepass')).hexdigest()[:8]
def main(arg):
    name, b64 = arg
    co = marshal.loads(base64.b64decode(b64))
    rows = []
    seen = {}
    for f in code_facts(co, []):
        q = f['qualname']
        seen[q] = seen.get(q, 0) + 1
        key = q if seen[q] == 1 else q + '#' + str(seen[q])
        rows.append([key, _h(f['dis']), f['stacksize'], f['flags'], _h(f['varnames']), _h(f['names']),
                     _h(f['cellvars']), _h(f['freevars']), _h(f['consts']), _h(f['code']), _h(f['linetable']),
                     _h(f['exceptiontable']), f['argcount'], f['posonlyargcount'], f['kwonlyargcount'], f['nlocals'], f['firstlineno']])
    return rows
`;

const zip = openStdlibZip();
const oracle = new Oracle();
let files = 0;
let codes = 0;
let same = 0;
const bad: string[] = [];
try {
  const golden = readStdlibGolden();
  await Promise.all(
    golden.map(async ([name, , rows]) => {
      const data = dumps(compileAst(parse(zip.read(name)!, { filename: name }), name));
      let got: unknown[][];
      try {
        got = await oracle.call<unknown[][]>(QUERY, [name, Buffer.from(data).toString('base64')], 600_000);
      } catch (e) {
        bad.push(`${name}: ${(e as Error).message.split('\n')[0]}`);
        return;
      }
      files++;
      const byKey = new Map(got.map((r) => [r[0] as string, JSON.stringify(r)]));
      for (const w of rows) {
        codes++;
        if (byKey.get(w[0]) === JSON.stringify(w)) same++;
        else bad.push(`${name}:${w[0]}`);
      }
    }),
  );
} finally {
  oracle.close();
}
console.log(`CPython loaded pyts's marshal data of ${files}/${readStdlibGolden().length} files; ${same}/${codes} code objects identical to CPython's own compile`);
if (bad.length) console.log(bad.slice(0, 30).join('\n'));
