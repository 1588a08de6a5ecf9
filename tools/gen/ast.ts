// The AST node classes, from CPython 3.14.2's `ast` module (each class's ASDL signature).
// Writes tools/cpython/ast-nodes.json and src/ast/nodes.generated.ts.
import { registerGolden } from './registry.ts';
import { generatedHeader, readJson, writeJson } from './io.ts';

const DATA = 'tools/cpython/ast-nodes.json';
const OUT = 'src/ast/nodes.generated.ts';

/** [name, base, asdl signature (first line of __doc__), _attributes] per class of `_ast`. */
type Row = [string, string, string, string[]];

const QUERY = `
import _ast, ast
def main(_):
    rows = []
    for name in sorted(dir(_ast)):
        cls = getattr(_ast, name)
        if isinstance(cls, type) and issubclass(cls, ast.AST) and cls is not ast.AST:
            rows.append([name, cls.__bases__[0].__name__, (cls.__doc__ or '').split('\\n')[0], list(cls._attributes)])
    return rows
`;

interface Field {
  name: string;
  type: string;
  /** '' single, '?' optional, '*' sequence, '?*' sequence of optionals. */
  q: '' | '?' | '*' | '?*';
}

interface Node {
  name: string;
  base: string;
  fields: Field[];
  attributes: string[];
}

function parseSignature(name: string, sig: string): Field[] {
  // "BinOp(expr left, operator op, expr right)", "Add", "expr = BoolOp(...)" (abstract: no fields)
  const m = /^(\w+)\((.*)\)$/.exec(sig);
  if (!m || m[1] !== name) return [];
  if (m[2].trim() === '') return [];
  return m[2].split(',').map((part) => {
    const [type, fname] = part.trim().split(/\s+/);
    const tm = /^(\w+)(\?\*|\?|\*)?$/.exec(type)!;
    return { name: fname, type: tm[1], q: (tm[2] ?? '') as Field['q'] };
  });
}

function load(): { nodes: Node[]; sums: Map<string, string[]> } {
  const rows = readJson<Row[]>(DATA);
  const nodes: Node[] = rows.map(([name, base, sig, attributes]) => ({ name, base, fields: parseSignature(name, sig), attributes }));
  const sums = new Map<string, string[]>();
  for (const n of nodes) if (n.base !== 'AST') (sums.get(n.base) ?? sums.set(n.base, []).get(n.base)!).push(n.name);
  return { nodes, sums };
}

/** Sum types whose every constructor has no fields and no attributes are plain string unions in TS. */
function simpleSums(nodes: Node[], sums: Map<string, string[]>): Set<string> {
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const out = new Set<string>();
  for (const [sum, members] of sums) {
    if (members.every((m) => byName.get(m)!.fields.length === 0 && byName.get(m)!.attributes.length === 0)) out.add(sum);
  }
  return out;
}

/** JS forbids some ASDL names as class names in strict code: `arguments` becomes `arguments_`. */
function className(name: string): string {
  return name === 'arguments' ? 'arguments_' : name;
}

function tsType(f: Field): string {
  const base =
    f.type === 'identifier' || f.type === 'string'
      ? 'string'
      : f.type === 'int'
        ? 'number'
        : f.type === 'constant'
          ? 'ConstantValue'
          : className(f.type);
  switch (f.q) {
    case '':
      return base;
    case '?':
      return `${base} | null`;
    case '*':
      return `${base}[]`;
    case '?*':
      return `(${base} | null)[]`;
  }
}

function render(): Record<string, string> {
  const { nodes, sums } = load();
  const simple = simpleSums(nodes, sums);
  const out: string[] = [generatedHeader('tools/gen/ast.ts')];
  out.push('// The node classes of CPython\'s `ast` module (Parser/Python.asdl): same names, fields, field order.');
  out.push('// Sum types whose constructors carry nothing (operators, expr_context) are string unions.');
  out.push("import type { ConstantValue } from './constant.ts';\n");
  for (const [sum, members] of sums) out.push(`export type ${sum} = ${members.map((m) => (simple.has(sum) ? `'${m}'` : m)).join(' | ')};`);
  out.push('');
  for (const n of nodes) {
    if (sums.has(n.name) || simple.has(n.base)) continue;
    const params = [...n.fields.map((f) => `public ${f.name}: ${tsType(f)}`), ...n.attributes.map((a) => `public ${a}: number`)];
    out.push(`export class ${className(n.name)} {`);
    out.push(`  readonly _kind = '${n.name}';`);
    if (params.length) {
      out.push('  constructor(');
      for (const p of params) out.push(`    ${p},`);
      out.push('  ) {}');
    }
    out.push('}\n');
  }
  const concrete = nodes.filter((n) => !sums.has(n.name) && !simple.has(n.base));
  out.push(`export type Node = ${concrete.map((n) => className(n.name)).join(' | ')};`);
  out.push(`export type NodeKind = Node['_kind'];\n`);
  out.push('/** One row per class of `_ast`: its base, its fields ([name, ASDL type, quantifier]) and attributes. */');
  out.push('export interface NodeSpec {');
  out.push('  readonly base: string;');
  out.push("  readonly fields: readonly (readonly [name: string, type: string, q: '' | '?' | '*' | '?*'])[];");
  out.push('  readonly attributes: readonly string[];');
  out.push('}\n');
  out.push('export const NODE_SPECS: { readonly [name: string]: NodeSpec } = {');
  for (const n of nodes) {
    const fields = n.fields.map((f) => `['${f.name}', '${f.type}', '${f.q}']`).join(', ');
    out.push(`  ${n.name}: { base: '${n.base}', fields: [${fields}], attributes: [${n.attributes.map((a) => `'${a}'`).join(', ')}] },`);
  }
  out.push('};\n');
  out.push('/** Sum types represented as string unions (their values print as `Name()` in ast.dump). */');
  out.push(`export const SIMPLE_SUMS: ReadonlySet<string> = new globalThis.Set([${[...simple].map((s) => `'${s}'`).join(', ')}]);`);
  return { [OUT]: out.join('\n') + '\n' };
}

registerGolden({
  name: 'ast-nodes',
  async query(oracle) {
    writeJson(DATA, await oracle.call<Row[]>(QUERY, null));
  },
  render,
});
