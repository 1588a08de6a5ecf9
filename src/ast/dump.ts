// ast.dump(node, include_attributes=...) for the TS AST, printing exactly what CPython's Lib/ast.py prints.
// Used by `pyts --ast-dump` and the parser tests; once the VM runs Lib/ast.py, `_ast` objects take over.
import { NODE_SPECS, SIMPLE_SUMS, type Node } from './nodes.generated.ts';
import type { ConstantValue } from './constant.ts';
import { Ellipsis, None, PyObject } from '../objects/object.ts';
import { PyFloat, floatRepr } from '../objects/float.ts';
import { PyComplex, complexRepr } from '../objects/complex.ts';
import { PyBytes, bytesRepr } from '../objects/bytes.ts';
import { unicodeRepr } from '../objects/str/repr.ts';

/** repr() of a constant the parser can produce. */
export function constantRepr(v: ConstantValue): string {
  switch (typeof v) {
    case 'string':
      return unicodeRepr(v);
    case 'number':
    case 'bigint':
      return String(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  if (v === None) return 'None';
  if (v === Ellipsis) return 'Ellipsis';
  if (v instanceof PyFloat) return floatRepr(v.value);
  if (v instanceof PyComplex) return complexRepr(v);
  if (v instanceof PyBytes) return bytesRepr(v.data);
  throw new Error(`constantRepr: unexpected constant ${(v as PyObject).constructor.name}`);
}

type Formatted = [text: string, simple: boolean];

function formatValue(value: unknown, type: string): Formatted {
  if (value === null) return ['None', true];
  if (Array.isArray(value)) {
    if (value.length === 0) return ['[]', true];
    return ['[' + value.map((x) => formatValue(x, type)[0]).join(', ') + ']', false];
  }
  if (SIMPLE_SUMS.has(type)) return [`${value as string}()`, true];
  switch (type) {
    case 'identifier':
    case 'string':
      return [unicodeRepr(value as string), true];
    case 'int':
      return [String(value), true];
    case 'constant':
      return [constantRepr(value as ConstantValue), true];
  }
  return formatNode(value as Node, true);
}

function formatNode(node: Node, includeAttributes: boolean): Formatted {
  const spec = NODE_SPECS[node._kind];
  const fields = node as unknown as Record<string, unknown>;
  const args: string[] = [];
  let allSimple = true;
  for (const [name, type, q] of spec.fields) {
    const value = fields[name];
    if (value === null && q === '?') continue;
    if ((q === '*' || q === '?*') && (value as unknown[]).length === 0) continue;
    const [text, simple] = formatValue(value, type);
    allSimple &&= simple;
    args.push(`${name}=${text}`);
  }
  if (includeAttributes) {
    for (const name of spec.attributes) {
      const value = fields[name];
      if (value === null || value === undefined) continue;
      args.push(`${name}=${value as number}`);
    }
  }
  if (allSimple && args.length <= 3) return [`${node._kind}(${args.join(', ')})`, args.length === 0];
  return [`${node._kind}(${args.join(', ')})`, false];
}

/** ast.dump(node, include_attributes=includeAttributes) with the default annotate_fields and no indent. */
export function dump(node: Node, includeAttributes = false): string {
  return formatNode(node, includeAttributes)[0];
}
