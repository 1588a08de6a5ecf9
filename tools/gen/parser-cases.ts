// Golden: for every program of test/parser/cases/<group>/*.py, what CPython 3.14.2's compile(...,
// ast.PyCF_ONLY_AST) makes of its bytes: ast.dump(tree, include_attributes=True) or the error
// (class, msg, lineno, offset, end_lineno, end_offset), the warnings it issues (category, message,
// line), and, when it warns, the error it raises with warnings turned into errors.
// A case's first line may set options:  # parse: mode=eval type_comments feature_version=8
// Writes test/parser/goldens/cases.json.
import fs from 'node:fs';
import path from 'node:path';
import { registerGolden } from './registry.ts';
import { rootPath, writeJson } from './io.ts';

export const CASES_DIR = 'test/parser/cases';
export const CASES_GOLDEN = 'test/parser/goldens/cases.json';

export type CaseError = [string, string, number | null, number | null, number | null, number | null];

export interface CaseResult {
  dump?: string;
  error?: CaseError;
  warnings: [string, string, number][];
  /** The error with warnings turned into errors (only when there are warnings). */
  werror?: CaseError | null;
}

export interface CaseOptions {
  mode: 'exec' | 'eval' | 'single' | 'func_type';
  typeComments: boolean;
  featureVersion: number;
}

/** The options on a case's first line. */
export function caseOptions(source: Uint8Array): CaseOptions {
  const nl = source.indexOf(10);
  const first = Buffer.from(source.subarray(0, nl < 0 ? source.length : nl)).toString('latin1');
  const opts: CaseOptions = { mode: 'exec', typeComments: false, featureVersion: 14 };
  const m = /^#\s*parse:(.*)$/.exec(first.trim());
  if (!m) return opts;
  for (const w of m[1].trim().split(/\s+/)) {
    const [k, v] = w.split('=');
    if (k === 'mode') opts.mode = v as CaseOptions['mode'];
    else if (k === 'type_comments') opts.typeComments = true;
    else if (k === 'feature_version') opts.featureVersion = Number(v);
    else throw new Error(`unknown case option ${w}`);
  }
  return opts;
}

/** The cases: '<group>/<name>.py', sorted. */
export function parserCases(): string[] {
  const dir = rootPath(CASES_DIR);
  const out: string[] = [];
  for (const g of fs.readdirSync(dir).sort()) {
    const d = path.join(dir, g);
    if (!fs.statSync(d).isDirectory()) continue;
    for (const f of fs.readdirSync(d).sort()) if (f.endsWith('.py')) out.push(`${g}/${f}`);
  }
  return out;
}

const QUERY = `
import ast, base64, warnings
def err(e):
    if isinstance(e, SyntaxError):
        return [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
    return [type(e).__name__, str(e), None, None, None, None]
def main(arg):
    name, b64, mode, type_comments, fv = arg
    src = base64.b64decode(b64)
    flags = ast.PyCF_ONLY_AST | (ast.PyCF_TYPE_COMMENTS if type_comments else 0)
    out = {}
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            out['dump'] = ast.dump(compile(src, name, mode, flags, _feature_version=fv), include_attributes=True)
        except Exception as e:
            out['error'] = err(e)
    out['warnings'] = [[x.category.__name__, str(x.message), x.lineno] for x in w]
    if out['warnings']:
        with warnings.catch_warnings():
            warnings.simplefilter('error')
            try:
                compile(src, name, mode, flags, _feature_version=fv)
                out['werror'] = None
            except Exception as e:
                out['werror'] = err(e)
    return out
`;

registerGolden({
  name: 'parser-cases',
  async query(oracle) {
    const names = parserCases();
    const rows = await Promise.all(
      names.map(async (n) => {
        const bytes = fs.readFileSync(rootPath(CASES_DIR, n));
        const o = caseOptions(bytes);
        const r = await oracle.call<CaseResult>(QUERY, [n, bytes.toString('base64'), o.mode, o.typeComments, o.featureVersion]);
        return [n, r] as const;
      }),
    );
    writeJson(CASES_GOLDEN, rows);
  },
});
