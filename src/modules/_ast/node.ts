// ast.AST, the base class of every node: construction from fields, pickling, copy.replace and the
// abbreviated repr.  CPython: Python/Python-ast.c (ast_type_init, ast_type_reduce, ast_type_replace,
// ast_repr_max_depth, AST_type_spec)
import { None, PyObject, type PyValue } from '../../objects/object.ts';
import { PyType, TPFLAGS, typeOf, PyObject_TypeCheck } from '../../objects/type.ts';
import type { BuiltinTypeSpec } from '../../objects/builtin-type.ts';
import { PyDict } from '../../objects/dict.ts';
import { PyList } from '../../objects/list.ts';
import { PyTuple, EMPTY_TUPLE } from '../../objects/tuple.ts';
import { newHeapInstance } from '../../objects/heap.ts';
import { PyObject_GenericGetAttr, PyObject_GenericSetAttr } from '../../objects/generic-attr.ts';
import * as A from '../../objects/abstract.ts';
import * as E from '../../objects/exceptions.ts';
import { PySet_New } from '../../objects/set-type.ts';
import { setDiscard, setItems, type PySetObject } from '../../objects/set.ts';
import { PyUnion } from '../../objects/unionobject.ts';
import { GenericAliasType } from '../../objects/genericalias.ts';
import { enterRepr, leaveRepr } from '../../objects/repr-guard.ts';
import { isStrValue, strValue } from '../../objects/boxes.ts';
import { warn } from '../_warnings.ts';
import { astState } from './state.ts';

type V = PyValue;

/** An AST node: its fields and attributes live in its __dict__.  CPython: AST_object */
export class PyAST extends PyObject {
  ob_dict: PyDict | null = null;
}

/** A new instance of a node class, as PyType_GenericNew makes it (no __init__). */
export function newNode(type: PyType): PyAST {
  return newHeapInstance(PyAST, type);
}

/** `Py_TYPE(self)->tp_name` */
function tpName(self: V): string {
  return typeOf(self).tp_name;
}

/** The instance __dict__ (None when it was replaced by something that is not a dict). */
function nodeDict(self: V): PyDict | undefined {
  const d = A.PyObject_LookupAttr(self, '__dict__');
  return d === undefined ? undefined : (d as PyDict);
}

/**
 * AST.__init__(*args, **kwargs): positional arguments fill _fields in order, keywords any field or
 * attribute; fields left out get their default (None for optional fields through the class
 * attribute, [] for lists, Load() for expr_context) or a DeprecationWarning.
 * CPython: ast_type_init
 */
function astInit(self: V, args: readonly V[], kwnames: readonly string[] | null): void {
  const type = typeOf(self);
  const fields = A.PyObject_GetAttr(type, '_fields');
  const numfields = A.PyObject_Length(fields);
  const remaining = PySet_New(fields);
  const nkw = kwnames?.length ?? 0;
  const nargs = args.length - nkw;
  if (numfields < nargs) {
    throw E.typeError(`${type.name} constructor takes at most ${numfields} positional argument${numfields === 1 ? '' : 's'}`);
  }
  for (let i = 0; i < nargs; i++) {
    const name = A.PySequence_GetItem(fields, i);
    let err: unknown = null;
    try {
      A.PyObject_SetAttr(self, A.attrName(name), args[i]);
    } catch (e) {
      err = e;
    }
    setDiscard(remaining, name);
    if (err !== null) throw err;
  }
  let attributes: V | undefined;
  for (let i = 0; i < nkw; i++) {
    const key = kwnames![i];
    if (A.PySequence_Contains(fields, key)) {
      if (!setDiscard(remaining, key)) throw E.typeError(`${tpName(self)} got multiple values for argument ${A.PyObject_Repr(key)}`);
    } else {
      attributes ??= A.PyObject_GetAttr(type, '_attributes');
      if (!A.PySequence_Contains(attributes, key)) {
        warn(
          E.PyExc_DeprecationWarning,
          `${tpName(self)}.__init__ got an unexpected keyword argument ${A.PyObject_Repr(key)}. ` +
            'Support for arbitrary keyword arguments is deprecated and will be removed in Python 3.15.',
        );
      }
    }
    A.PyObject_SetAttr(self, key, args[nargs + i]);
  }
  if (remaining.used > 0) setMissingFields(self, type, remaining);
}

/** The defaults of the fields __init__ was not given.  CPython: ast_type_init (the field_types loop) */
function setMissingFields(self: V, type: PyType, remaining: PySetObject): void {
  // Probably a user-defined subclass of AST that lacks _field_types: its missing fields stay unset.
  const fieldTypes = A.PyObject_LookupAttr(type, '_field_types');
  if (fieldTypes === undefined) return;
  const st = astState();
  for (const name of setItems(remaining)) {
    const ftype = fieldTypes instanceof PyDict ? fieldTypes.get(name) : A.PyObject_GetItem(fieldTypes, name);
    if (ftype === undefined) {
      warn(E.PyExc_DeprecationWarning, `Field ${A.PyObject_Repr(name)} is missing from ${tpName(self)}._field_types. This will become an error in Python 3.15.`);
    } else if (ftype instanceof PyUnion) {
      // An optional field: the class attribute None is its default.
    } else if (ftype instanceof PyObject && typeOf(ftype) === GenericAliasType) {
      A.PyObject_SetAttr(self, A.attrName(name), new PyList());
    } else if (ftype === st.types.get('expr_context')) {
      A.PyObject_SetAttr(self, A.attrName(name), st.singletons.get('Load')!);
    } else {
      warn(
        E.PyExc_DeprecationWarning,
        `${tpName(self)}.__init__ missing 1 required positional argument: ${A.PyObject_Repr(name)}. This will become an error in Python 3.15.`,
      );
    }
  }
}

/**
 * AST.__reduce__(): (type, (None,)*k, __dict__), k the leading fields present, so that unpickling
 * and copying set every required field without copying child nodes twice (gh-120108).
 * CPython: ast_type_reduce
 */
function astReduce(self: V): V {
  const dict = A.PyObject_LookupAttr(self, '__dict__');
  if (dict === undefined) return new PyTuple([typeOf(self), EMPTY_TUPLE]);
  const fields = A.PyObject_LookupAttr(typeOf(self), '_fields');
  if (fields === undefined) return new PyTuple([typeOf(self), EMPTY_TUPLE, dict]);
  const n = A.PyObject_Length(fields);
  const positional: V[] = [];
  for (let i = 0; i < n; i++) {
    const name = A.PySequence_GetItem(fields, i);
    if ((dict as PyDict).get(name) === undefined) break;
    positional.push(None);
  }
  return new PyTuple([typeOf(self), new PyTuple(positional), dict]);
}

/** The names of `keys` (a sequence) as an array. */
function namesOf(keys: V | undefined): V[] {
  return keys === undefined ? [] : A.iterableToArray(keys);
}

/**
 * Checks that every keyword of __replace__ is a field or attribute and that no field would be left
 * unset.  CPython: ast_type_replace_check
 */
function replaceCheck(self: V, dict: PyDict | undefined, fields: V | undefined, attributes: V | undefined, kwargs: [string, V][]): void {
  const expecting = PySet_New(fields ?? EMPTY_TUPLE);
  if (attributes !== undefined) for (const a of namesOf(attributes)) A.PyObject_CallMethod(expecting, 'add', [a]);
  for (const [key] of kwargs) {
    if (!setDiscard(expecting, key)) throw E.typeError(`${tpName(self)}.__replace__ got an unexpected keyword argument ${A.PyObject_Repr(key)}.`);
  }
  if (dict !== undefined) {
    for (let i = dict.next(0); i >= 0; i = dict.next(i + 1)) setDiscard(expecting, dict.keys[i]);
    // Attributes may be missing (fields must still be complete for the constructor).
    if (attributes !== undefined) A.PyObject_CallMethod(expecting, 'difference_update', [attributes]);
  }
  const fieldTypes = A.PyObject_LookupAttr(typeOf(self), '_field_types');
  if (fieldTypes instanceof PyDict) {
    for (let i = fieldTypes.next(0); i >= 0; i = fieldTypes.next(i + 1)) {
      if (fieldTypes.values[i] instanceof PyUnion) setDiscard(expecting, fieldTypes.keys[i]);
    }
  }
  const m = expecting.used;
  if (m > 0) {
    const names = setItems(expecting).map((x) => A.PyObject_Repr(x));
    const list = new PyList(names);
    A.PyObject_CallMethod(list, 'sort', []);
    throw E.typeError(`${tpName(self)}.__replace__ missing ${m} keyword argument${m === 1 ? '' : 's'}: ${(list.items as string[]).join(', ')}.`);
  }
}

/** AST.__replace__(**fields): a shallow copy with some fields replaced.  CPython: ast_type_replace */
function astReplace(self: V, kwargs: PyDict | null): V {
  const type = typeOf(self);
  const fields = A.PyObject_LookupAttr(type, '_fields');
  const attributes = A.PyObject_LookupAttr(type, '_attributes');
  const dict = nodeDict(self);
  const kw: [string, V][] = [];
  if (kwargs !== null) for (let i = kwargs.next(0); i >= 0; i = kwargs.next(i + 1)) kw.push([strValue(kwargs.keys[i]), kwargs.values[i]]);
  replaceCheck(self, dict, fields, attributes, kw);
  const payload = new PyDict();
  if (dict !== undefined) {
    for (const keys of [fields, attributes]) {
      for (const key of namesOf(keys)) {
        const value = dict.get(key);
        if (value !== undefined) payload.set(key, value);
      }
    }
  }
  for (const [k, v] of kw) payload.setStr(k, v);
  const values: V[] = [];
  const names: string[] = [];
  for (let i = payload.next(0); i >= 0; i = payload.next(i + 1)) {
    const k = payload.keys[i];
    if (!isStrValue(k)) throw E.typeError('keywords must be strings');
    names.push(strValue(k));
    values.push(payload.values[i]);
  }
  return A.PyObject_Call(type, values, names.length > 0 ? names : null);
}

// ---- repr ----

/** Lists and tuples show their first and last items only.  CPython: ast_repr_list */
function reprList(seq: V, depth: number): string {
  const n = A.PyObject_Length(seq);
  if (n === 0) return A.PyObject_Repr(seq);
  const items = n > 1 ? [A.PySequence_GetItem(seq, 0), A.PySequence_GetItem(seq, n - 1)] : [A.PySequence_GetItem(seq, 0)];
  const isList = seq instanceof PyList;
  let out = isList ? '[' : '(';
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out += ', ';
    const item = items[i];
    out += PyObject_TypeCheck(item, astState().ast) ? reprMaxDepth(item, depth - 1) : A.PyObject_Repr(item);
    if (i === 0 && n > 2) out += ', ...';
  }
  return out + (isList ? ']' : ')');
}

/** Node(field=value, ...), three levels deep.  CPython: ast_repr_max_depth */
function reprMaxDepth(self: V, depth: number): string {
  const name = tpName(self);
  if (depth <= 0) return `${name}(...)`;
  if (!enterRepr(self)) return `${name}(...)`;
  try {
    const fields = A.PyObject_LookupAttr(typeOf(self), '_fields');
    const numfields = A.PyObject_Length(fields ?? None);
    if (numfields === 0) return `${name}()`;
    const parts: string[] = [];
    for (let i = 0; i < numfields; i++) {
      const fname = A.PySequence_GetItem(fields!, i);
      const value = A.PyObject_GetAttr(self, A.attrName(fname));
      let r: string;
      if (value instanceof PyList || value instanceof PyTuple) r = reprList(value, depth);
      else if (PyObject_TypeCheck(value, astState().ast)) r = reprMaxDepth(value, depth - 1);
      else r = A.PyObject_Repr(value);
      parts.push(`${strValue(fname)}=${r}`);
    }
    return `${name}(${parts.join(', ')})`;
  } finally {
    leaveRepr(self);
  }
}

function astRepr(self: V): string {
  return reprMaxDepth(self, 3);
}

// ---- __dict__ ----

function astGetDict(self: PyAST): V {
  return (self.ob_dict ??= new PyDict());
}

function astSetDict(self: PyAST, value: V | null): void {
  if (value === null) throw E.typeError('cannot delete __dict__');
  if (!(value instanceof PyDict)) throw E.typeError(`__dict__ must be set to a dictionary, not a '${typeOf(value).tp_name}'`);
  self.ob_dict = value;
}

/** ast.AST, made for each interpreter (by state.ts) as CPython's astmodule_exec makes it from AST_type_spec. */
export const AST_SPEC: BuiltinTypeSpec = {
  name: 'ast.AST',
  doc: null,
  flags: TPFLAGS.BASETYPE | TPFLAGS.HAVE_GC,
  alloc: newNode,
  instanceHasDict: true,
  slots: {
    tp_new: newNode,
    tp_repr: astRepr,
    tp_getattro: PyObject_GenericGetAttr,
    tp_setattro: PyObject_GenericSetAttr,
    tp_init: astInit,
  },
  methods: {
    __reduce__: { sig: '($self, /)', impl: astReduce },
    __replace__: {
      sig: '($self, /, **fields)',
      impl: astReplace,
      doc: 'Return a copy of the AST node with new values for the specified fields.',
    },
  },
  getset: { __dict__: { get: astGetDict, set: astSetDict } },
  attrs: () => ({ _fields: EMPTY_TUPLE, __match_args__: EMPTY_TUPLE, _attributes: EMPTY_TUPLE }),
};
