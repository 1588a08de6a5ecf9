// Goldens for compile() modes, flags and optimisation levels, from CPython 3.14.2: for each program of
// test/compiler/programs/compile.py (header: `#### name mode=M flags=F optimize=O`), CPython's AST
// as parsed for the mode (JSON), the SyntaxWarnings compile() emits, and either the code facts of
// every code object or, with PyCF_ONLY_AST, ast.dump() of the returned tree.
// Writes test/compiler/goldens/compile.json.
import { registerGolden } from './registry.ts';
import { writeJson } from './io.ts';
import { readCorpus } from '../../test/compiler/support/corpus.ts';
import { AST_TO_JSON } from '../../test/compiler/support/ast-json.ts';
import { CODE_FACTS } from './compiler-codegen.ts';

export const COMPILE_GOLDEN = 'test/compiler/goldens/compile.json';

/** Parses `name key=value ...` of a corpus header. */
export function caseOptions(header: string): { name: string; mode: string; flags: number; optimize: number } {
  const [name, ...opts] = header.split(/\s+/);
  const o: Record<string, string> = {};
  for (const kv of opts) {
    const [k, v] = kv.split('=');
    o[k] = v;
  }
  return { name, mode: o.mode ?? 'exec', flags: Number(o.flags ?? 0), optimize: Number(o.optimize ?? -1) };
}

const QUERY = AST_TO_JSON + CODE_FACTS + String.raw`
import ast, warnings
def main(arg):
    name, src, mode, flags, optimize = arg
    tree = ast.parse(src, name, mode)
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter('always')
        try:
            r = compile(src, name, mode, flags, dont_inherit=True, optimize=optimize)
        except SyntaxError as e:
            r = e
    out = {'ast': ast_to_json(tree),
           'warnings': [[w.category.__name__, str(w.message), w.lineno] for w in ws]}
    if isinstance(r, SyntaxError):
        out['error'] = [type(r).__name__, r.msg, r.lineno, r.offset, r.end_lineno, r.end_offset]
    elif isinstance(r, ast.AST):
        out['dump'] = ast.dump(r, include_attributes=True)
    else:
        out['codes'] = code_facts(r, [])
    return out
`;

registerGolden({
  name: 'compiler-compile',
  async query(oracle) {
    const programs = readCorpus('test/compiler/programs/compile.py');
    const rows = await Promise.all(
      programs.map(async (p) => {
        const o = caseOptions(p.name);
        return { ...o, source: p.source, ...(await oracle.call<object>(QUERY, [`${o.name}.py`, p.source, o.mode, o.flags, o.optimize])) };
      }),
    );
    writeJson(COMPILE_GOLDEN, rows);
  },
});
