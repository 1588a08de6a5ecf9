// The compiler's AST (src/ast/nodes.generated.ts) to `ast` node objects: what compile(...,
// PyCF_ONLY_AST) and ast.parse() return.  CPython: Python/Python-ast.c PyAST_mod2obj, ast2obj_*
import { None, type PyValue } from '../../objects/object.ts';
import { PyList } from '../../objects/list.ts';
import { recursionError } from '../../objects/exceptions.ts';
import { enterRecursiveCall, leaveRecursiveCall } from '../../objects/recursion.ts';
import { NODE_SPECS, SIMPLE_SUMS, type Node, type mod } from '../../ast/nodes.generated.ts';
import { astState, type AstState } from './state.ts';
import { newNode, type PyAST } from './node.ts';

type Fields = Record<string, unknown>;

/**
 * One field's value: lists item by item, nodes recursively, operators and contexts as their
 * singletons, identifiers, strings, ints and constants as they are; null is None.
 */
function fieldValue(st: AstState, value: unknown, type: string, q: string): PyValue {
  if (q === '*' || q === '?*') {
    const items = value as unknown[];
    const out = new Array<PyValue>(items.length);
    for (let i = 0; i < items.length; i++) out[i] = itemValue(st, items[i], type);
    return new PyList(out);
  }
  return itemValue(st, value, type);
}

function itemValue(st: AstState, value: unknown, type: string): PyValue {
  if (value === null || value === undefined) return None;
  switch (type) {
    case 'identifier':
    case 'string':
    case 'int':
    case 'constant':
      return value as PyValue;
  }
  if (SIMPLE_SUMS.has(type)) return st.singletons.get(value as string)!;
  return nodeToObject(st, value as Node);
}

/** One node: a new instance of its class with its fields, then its attributes, in its __dict__.  CPython: ast2obj_<type> */
function nodeToObject(st: AstState, node: Node): PyAST {
  enterRecursiveCall('during  ast construction');
  try {
    return nodeFields(st, node);
  } finally {
    leaveRecursiveCall();
  }
}

function nodeFields(st: AstState, node: Node): PyAST {
  const kind = node._kind;
  const spec = NODE_SPECS[kind];
  // Differs from CPython: values go straight into the instance dict, where CPython calls
  // PyObject_SetAttr (the same unless a class of `ast` was given a data descriptor for a field).
  const obj = newNode(st.types.get(kind)!);
  const dict = obj.ob_dict!;
  const f = node as unknown as Fields;
  for (const [name, type, q] of spec.fields) dict.setStr(name, fieldValue(st, f[name], type, q));
  for (const name of spec.attributes) dict.setStr(name, f[name] as number);
  return obj;
}

/** A module, expression, interactive or function-type AST as `ast` objects.  CPython: PyAST_mod2obj */
export function modToObject(m: mod): PyValue {
  const st = astState();
  try {
    return nodeToObject(st, m);
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw recursionError('maximum recursion depth exceeded during  ast construction');
    throw e;
  }
}
