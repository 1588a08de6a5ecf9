// Goldens for the symbol table, from CPython 3.14.2:
//  - test/compiler/goldens/symtable.json: for each program of test/compiler/programs/symtable.py,
//    CPython's AST (as JSON, see test/compiler/support/ast-json.ts) and the dump of its `_symtable`
//    entries (type, name, lineno, nested, sorted (name, flags) pairs, varnames, children);
//  - test/compiler/goldens/symtable-errors.json: for each program of symtable-errors.py, the AST
//    and the exception compile() raises: [type, msg, lineno, offset, end_lineno, end_offset].
import { registerGolden } from './registry.ts';
import { writeJson } from './io.ts';
import { readCorpus } from '../../test/compiler/support/corpus.ts';
import { AST_TO_JSON } from '../../test/compiler/support/ast-json.ts';

export const SYMTABLE_GOLDEN = 'test/compiler/goldens/symtable.json';
export const SYMTABLE_ERRORS_GOLDEN = 'test/compiler/goldens/symtable-errors.json';

const QUERY = AST_TO_JSON + String.raw`
import ast, _symtable
def dump(t):
    return [t.type, t.name, t.lineno, t.nested, sorted([k, v] for k, v in t.symbols.items()),
            list(t.varnames), [dump(c) for c in t.children]]
def main(arg):
    kind, name, src = arg
    try:
        tree = ast.parse(src, name)
    except SyntaxError as e:
        return {'parseError': f'{type(e).__name__}: {e.msg} ({e.lineno}:{e.offset})'}
    out = {'ast': ast_to_json(tree)}
    if kind == 'table':
        out['table'] = dump(_symtable.symtable(src, name, 'exec'))
    else:
        try:
            compile(src, name, 'exec')
            out['error'] = None
        except Exception as e:
            out['error'] = [type(e).__name__, getattr(e, 'msg', str(e)), getattr(e, 'lineno', None),
                            getattr(e, 'offset', None), getattr(e, 'end_lineno', None), getattr(e, 'end_offset', None)]
    return out
`;

async function run(oracle: import('../oracle/client.ts').Oracle, kind: string, corpus: string, out: string): Promise<void> {
  const programs = readCorpus(corpus);
  const rows = await Promise.all(
    programs.map(async (p) => ({ name: p.name, source: p.source, ...(await oracle.call<object>(QUERY, [kind, `${p.name}.py`, p.source])) })),
  );
  for (const r of rows as { name: string; parseError?: string; error?: unknown }[]) {
    if (r.parseError) console.warn(`  ${corpus} ${r.name}: does not parse: ${r.parseError}`);
    if (kind === 'error' && r.error === null) console.warn(`  ${corpus} ${r.name}: compiles without error`);
  }
  writeJson(out, rows);
}

registerGolden({
  name: 'compiler-symtable',
  async query(oracle) {
    await run(oracle, 'table', 'test/compiler/programs/symtable.py', SYMTABLE_GOLDEN);
    await run(oracle, 'error', 'test/compiler/programs/symtable-errors.py', SYMTABLE_ERRORS_GOLDEN);
  },
});
