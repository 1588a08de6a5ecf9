// The classes of CPython 3.14.2's `_ast` module in the order its init creates them (Parser/Python.asdl's
// order, which the module's __dict__, __subclasses__() and the obj2ast isinstance chain follow), with
// each class's base, full __doc__ (the ASDL text) and the optional fields and attributes it gives a
// class default of None (`int? end_lineno`: not every sum's attributes are optional). Fields and
// attributes come from NODE_SPECS.
// Writes tools/cpython/ast-module.json and src/modules/_ast/classes.generated.ts.
import { registerGolden } from './registry.ts';
import { generatedHeader, readJson, writeJson } from './io.ts';

const DATA = 'tools/cpython/ast-module.json';
const OUT = 'src/modules/_ast/classes.generated.ts';

/** [name, base name, __doc__, names whose class attribute is None] */
type Row = [string, string, string, string[]];

const CODE = `
import _ast
def main(_):
    return [[k, v.__base__.__name__, v.__doc__, [n for n, d in vars(v).items() if d is None and n != '__doc__']]
            for k, v in vars(_ast).items()
            if isinstance(v, type) and issubclass(v, _ast.AST) and v is not _ast.AST]
`;

function render(): Record<string, string> {
  const rows = readJson<Row[]>(DATA);
  const lines = [generatedHeader('tools/gen/ast-module.ts')];
  lines.push('/** The node classes of `_ast` in creation order: [name, base, __doc__, optional fields and attributes (None on the class)]. */');
  lines.push('export const AST_CLASSES: readonly (readonly [name: string, base: string, doc: string, optional: readonly string[]])[] = [');
  for (const r of rows) lines.push(`  ${JSON.stringify(r)},`);
  lines.push('];');
  return { [OUT]: lines.join('\n') + '\n' };
}

registerGolden({
  name: 'ast-module',
  async query(oracle) {
    writeJson(DATA, await oracle.call<Row[]>(CODE, null));
  },
  render,
});
