// Golden: for every program of test/parser/invalid/<family>/*.py, the error CPython 3.14.2 raises
// for `compile(source_bytes, '<family>/<name>.py', 'exec', ast.PyCF_ONLY_AST)` (what ast.parse
// does): exception class, msg, lineno, offset, end_lineno, end_offset and text; null when it parses.
// Also SyntaxError._metadata's line and column (the parser's last_stmt_location), which traceback
// uses to look for keyword typos.  Writes test/parser/goldens/invalid.json.
import fs from 'node:fs';
import path from 'node:path';
import { registerGolden } from './registry.ts';
import { rootPath, writeJson } from './io.ts';

export const INVALID_DIR = 'test/parser/invalid';
export const INVALID_GOLDEN = 'test/parser/goldens/invalid.json';

/** [class, msg, lineno, offset, end_lineno, end_offset, text] */
export type InvalidError = [string, string, number | null, number | null, number | null, number | null, string | null];

const QUERY = `
import ast, base64
def main(arg):
    name, b64 = arg
    src = base64.b64decode(b64)
    try:
        compile(src, name, 'exec', ast.PyCF_ONLY_AST)
    except SyntaxError as e:
        meta = getattr(e, '_metadata', None)
        return [name, [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text], list(meta[:2]) if meta else None]
    except Exception as e:
        return [name, [type(e).__name__, str(e), None, None, None, None, None], None]
    return [name, None, None]
`;

/** The corpus: '<family>/<name>.py', sorted. */
export function invalidPrograms(): string[] {
  const dir = rootPath(INVALID_DIR);
  const out: string[] = [];
  for (const fam of fs.readdirSync(dir).sort()) {
    const d = path.join(dir, fam);
    if (!fs.statSync(d).isDirectory()) continue;
    for (const f of fs.readdirSync(d).sort()) if (f.endsWith('.py')) out.push(`${fam}/${f}`);
  }
  return out;
}

registerGolden({
  name: 'parser-invalid',
  async query(oracle) {
    const names = invalidPrograms();
    const rows = await Promise.all(
      names.map((n) => {
        const b64 = fs.readFileSync(rootPath(INVALID_DIR, n)).toString('base64');
        return oracle.call<[string, InvalidError | null, [number, number] | null]>(QUERY, [n, b64]);
      }),
    );
    writeJson(INVALID_GOLDEN, rows);
  },
});
