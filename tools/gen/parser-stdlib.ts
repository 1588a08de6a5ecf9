// Golden: for every .py file of python_stdlib.zip, the SHA-256 (first 16 hex digits) and length of
// CPython 3.14.2's ast.dump(ast.parse(src, name), include_attributes=True), or its SyntaxError.
// Writes test/parser/goldens/stdlib-ast.json. Full dumps for a diff: `node tools/run.mjs tools/ast-diff.ts FILE`.
import { registerGolden } from './registry.ts';
import { writeJson } from './io.ts';
import { openStdlibZip } from '../../src/runtime/stdlib-zip.ts';

export const STDLIB_AST_GOLDEN = 'test/parser/goldens/stdlib-ast.json';

const QUERY = `
import ast, hashlib, base64
def main(arg):
    name, b64 = arg
    src = base64.b64decode(b64)
    try:
        d = ast.dump(ast.parse(src, name), include_attributes=True)
    except SyntaxError as e:
        return [name, None, 0, f'{type(e).__name__}: {e.msg} ({e.lineno}:{e.offset})']
    return [name, hashlib.sha256(d.encode('utf-8', 'surrogatepass')).hexdigest()[:16], len(d), None]
`;

registerGolden({
  name: 'parser-stdlib',
  async query(oracle) {
    const zip = openStdlibZip();
    const names = zip.names().filter((n) => n.endsWith('.py')).sort();
    const rows = await Promise.all(
      names.map((n) => oracle.call<[string, string | null, number, string | null]>(QUERY, [n, Buffer.from(zip.read(n)!).toString('base64')])),
    );
    writeJson(STDLIB_AST_GOLDEN, rows);
  },
});
