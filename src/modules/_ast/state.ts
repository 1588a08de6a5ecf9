// The node classes of an interpreter: made on first use by calling type() on ast.AST and its
// subclasses in ASDL order, with their _fields, _attributes, class defaults, _field_types and the
// singletons of the operator and context classes.  CPython: Python/Python-ast.c (init_types,
// make_type, add_attributes, add_ast_annotations, get_ast_state)
import { None, type PyValue } from '../../objects/object.ts';
import { PyType } from '../../objects/type.ts';
import { PyDict } from '../../objects/dict.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { ListType } from '../../objects/list.ts';
import { StrType } from '../../objects/str/index.ts';
import { IntType } from '../../objects/int.ts';
import { ObjectType, TypeType } from '../../objects/typeobject.ts';
import { Py_GenericAlias } from '../../objects/genericalias.ts';
import { unionTypeOr } from '../../objects/unionobject.ts';
import { PyObject_Call, PyObject_SetAttr } from '../../objects/abstract.ts';
import { NODE_SPECS, type NodeSpec } from '../../ast/nodes.generated.ts';
import { interp, type Interpreter } from '../../vm/interpreter.ts';
import { AST_CLASSES } from './classes.generated.ts';
import { AST_SPEC, newNode, type PyAST } from './node.ts';
import { typeFromSpec } from '../../objects/type-ready.ts';

export interface AstState {
  /** ast.AST of this interpreter. */
  readonly ast: PyType;
  /** Every class of `_ast` by name, AST included. */
  readonly types: Map<string, PyType>;
  /** The one instance of each class of a simple sum (Add(), Load()...), as ast2obj hands them out. */
  readonly singletons: Map<string, PyAST>;
  /** The members of each sum type, in ASDL order (the order obj2ast tries them). */
  readonly members: Map<string, [name: string, type: PyType][]>;
  /** The optional (`?`) fields and attributes of each class, which obj2ast may find missing or None. */
  readonly optional: Map<string, ReadonlySet<string>>;
}

const states = new WeakMap<Interpreter, AstState>();

/** The types of ASDL's builtin types.  CPython: asdl_c.py builtin_type_to_c_type */
function builtinFieldType(name: string): PyType | undefined {
  switch (name) {
    case 'identifier':
    case 'string':
      return StrType;
    case 'int':
      return IntType;
    case 'constant':
      return ObjectType;
  }
  return undefined;
}

/** The interpreter's node classes if they were made already (no AST object exists otherwise). */
export function astStateIfMade(): AstState | undefined {
  return states.get(interp());
}

/** The interpreter's node classes, made on first use.  CPython: get_ast_state */
export function astState(): AstState {
  const ip = interp();
  let st = states.get(ip);
  if (st === undefined) {
    st = initTypes();
    states.set(ip, st);
  }
  return st;
}

function tupleOf(names: readonly string[]): PyTuple {
  return new PyTuple([...names]);
}


/** CPython: init_types */
function initTypes(): AstState {
  const ast = typeFromSpec(AST_SPEC);
  const types = new Map<string, PyType>([['AST', ast]]);
  const singletons = new Map<string, PyAST>();
  const members = new Map<string, [string, PyType][]>();
  const sums = new Set(AST_CLASSES.filter(([, base]) => base !== 'AST').map(([, base]) => base));
  const simpleSums = new Set([...sums].filter(isSimpleSum));
  const optional = new Map<string, ReadonlySet<string>>();
  for (const [name, baseName, doc, optionalNames] of AST_CLASSES) {
    const spec = NODE_SPECS[name];
    const fields = tupleOf(spec.fields.map((f) => f[0]));
    const ns = new PyDict();
    ns.setStr('_fields', fields);
    ns.setStr('__match_args__', fields);
    ns.setStr('__module__', 'ast');
    ns.setStr('__doc__', doc);
    const base = types.get(baseName)!;
    const type = PyObject_Call(TypeType, [name, new PyTuple([base]), ns]) as PyType;
    types.set(name, type);
    optional.set(name, new Set(optionalNames));
    if (baseName === 'AST') {
      // A sum type (its constructors follow) or a product type.
      PyObject_SetAttr(type, '_attributes', tupleOf(spec.attributes));
      if (sums.has(name)) members.set(name, []);
    } else {
      members.get(baseName)!.push([name, type]);
    }
    // Optional fields and attributes default to None on the class.  CPython: asdl_c.py emit_defaults
    for (const n of optionalNames) PyObject_SetAttr(type, n, None);
    if (simpleSums.has(baseName)) singletons.set(name, newNode(type));
  }
  addAnnotations(types, sums);
  return { ast, types, singletons, members, optional };
}

/** A sum whose constructors all have no fields (operators, expr_context): its values are singletons. */
function isSimpleSum(sum: string): boolean {
  for (const spec of Object.values(NODE_SPECS)) if (spec.base === sum && spec.fields.length > 0) return false;
  return NODE_SPECS[sum].attributes.length === 0;
}

/** The type a field holds: the node class or builtin type, `| None` when optional, `list[...]` for sequences. */
function fieldType(types: Map<string, PyType>, [, type, q]: NodeSpec['fields'][number]): PyValue {
  const t = builtinFieldType(type) ?? types.get(type)!;
  if (q === '?') return unionTypeOr(t, None);
  if (q === '*' || q === '?*') return Py_GenericAlias(ListType, t);
  return t;
}

/** _field_types and __annotations__ of every concrete class.  CPython: add_ast_annotations */
function addAnnotations(types: Map<string, PyType>, sums: ReadonlySet<string>): void {
  for (const [name] of AST_CLASSES) {
    if (sums.has(name)) continue;
    const annotations = new PyDict();
    for (const f of NODE_SPECS[name].fields) annotations.setStr(f[0], fieldType(types, f));
    const type = types.get(name)!;
    PyObject_SetAttr(type, '_field_types', annotations);
    PyObject_SetAttr(type, '__annotations__', annotations);
  }
}
