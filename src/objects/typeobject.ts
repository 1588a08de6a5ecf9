// The `object` and `type` types, and class creation.  CPython: Objects/typeobject.c
// (object_new/init/repr/richcompare, type_call, type_getattro/setattro, type_new and its helpers,
// mro_implementation, best_base, the __dict__/__weakref__ getsets of classes).

import { checkUtf8Encodable } from './codecs/utf8.ts';
import { typeSizes, typeFlags, hasOwnSizes } from './type-sizes.ts';
import { None, NotImplemented, PyObject, type PyIntValue, type PyValue } from './object.ts';
import {
  PyType,
  TPFLAGS,
  SUBCLASS_FLAGS_MASK,
  CompareOp,
  typeOf,
  PyType_IsSubtype,
  _PyType_Lookup,
  PyType_Modified,
  addSubclass,
  removeSubclass,
  subclassesOf,
  assignVersionTag,
  markDictShadowing,
} from './type.ts';
import { PyDict } from './dict.ts';
import { PyTuple, EMPTY_TUPLE } from './tuple.ts';
import { defineBuiltinType, registerCoreTypes, ALLOC, specOf } from './builtin-type.ts';
import { initHeapFields, type HeapFields } from './heap.ts';
import { PyObject_GenericGetAttr, PyObject_GenericSetAttr, instanceDict } from './generic-attr.ts';
import { fixupSlotDispatchers, updateSlot, SLOT_DUNDERS } from './slotdefs.ts';
import { PyGetSetDescr, PyMemberDescr, PyCFunction, type NativeImpl } from './descrobject.ts';
import { parseSignature } from './getargs.ts';
import {
  PyObject_Call,
  PyObject_Repr,
  PyObject_IsTrue,
  iterableToArray,
  PyObject_LookupAttr,
  PyObject_GetAttr,
  PyObject_Str,
  PyObject_RealIsInstance,
  PyObject_RealIsSubclass,
  PyObject_GetIter,
  PyObject_CallMethod,
  PyObject_GetItem,
  PyNumber_Index,
  lookupSpecial,
} from './abstract.ts';
import { importModuleAttr } from './iterobject.ts';
import { slot_tp_new } from './slotdefs.ts';
import { typeError, valueError, attributeErrorFor, addNote, runtimeError, overflowError, PyExc_RuntimeWarning } from './exceptions.ts';
import { numberWarning } from './float/warn.ts';
import { objectId, addressOf } from './id.ts';
import { intHash } from './hash.ts';
import { isStrValue, strValue } from './boxes.ts';
import { PyFunction, PyStaticMethod, PyClassMethod, PyCell } from './function.ts';
import { currentGlobals } from '../vm/thread-state.ts';
import { PyMappingProxy } from './mappingproxy.ts';
import { PyList } from './list.ts';
import { DictType } from './dict-type.ts';
import { strIsIdentifier as isIdentifier } from '../unicode/str-predicates.ts';
import { Py_GenericAlias } from './genericalias.ts';
import { unionTypeOr } from './unionobject.ts';
import { ModuleType } from './module.ts';

// ---- instances of Python classes derived from object ----

/** An instance of a Python class whose layout is object's: its type, __dict__ and __slots__ cells. */
export class PyInstance extends PyObject implements HeapFields {
  override ob_type: PyType;
  ob_dict: PyDict | null = null;
  ob_slots: (PyValue | undefined)[] | null = null;

  constructor(type: PyType) {
    super();
    this.ob_type = type;
  }
}

function objectAlloc(subtype: PyType): PyObject {
  const o = new PyInstance(subtype);
  initHeapFields(o, subtype);
  return o;
}

// ---- object ----

function excessArgs(args: readonly PyValue[]): boolean {
  return args.length > 0;
}

/** Whether `type` creates instances with object.__new__.  (For CALL_ALLOC_AND_ENTER_INIT.) */
export function isObjectNew(type: PyType): boolean {
  return type.tp_new === object_new && !(type.tp_flags & TPFLAGS.IS_ABSTRACT);
}

/** The allocator object.__new__ uses for `type`'s instances.  (For CALL_ALLOC_AND_ENTER_INIT.) */
export function allocObject(type: PyType): PyObject {
  return (ALLOC.get(type.solidBase ?? type) ?? objectAlloc)(type);
}

function object_new(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  void kwnames;
  if (excessArgs(args)) {
    if (type.tp_new !== object_new) throw typeError('object.__new__() takes exactly one argument (the type to instantiate)');
    if (type.tp_init === object_init) throw typeError(`${type.tp_name}() takes no arguments`);
  }
  if (type.tp_flags & TPFLAGS.IS_ABSTRACT) throw abstractInstantiationError(type);
  const alloc = ALLOC.get(type.solidBase ?? type) ?? objectAlloc;
  return alloc(type);
}

function abstractInstantiationError(type: PyType): PyObject {
  const methods = type.tp_dict.getStr('__abstractmethods__');
  const names = methods === undefined ? [] : iterableToArray(methods).map((m) => strValue(m)).sort();
  return typeError(
    `Can't instantiate abstract class ${type.tp_name} without an implementation for abstract method${names.length > 1 ? 's' : ''} '${names.join("', '")}'`,
  );
}

function object_init(self: PyValue, args: readonly PyValue[]): void {
  const type = typeOf(self);
  if (excessArgs(args)) {
    if (type.tp_init !== object_init) throw typeError('object.__init__() takes exactly one argument (the instance to initialize)');
    if (type.tp_new === object_new) throw typeError(`${type.tp_name}.__init__() takes exactly one argument (the instance to initialize)`);
  }
}

/** The module and qualified name of a type as repr shows them ('collections.OrderedDict'). */
export function typeFullName(type: PyType): string {
  const qual = typeQualname(type);
  const mod = type.tp_flags & TPFLAGS.HEAPTYPE ? type.tp_dict.getStr('__module__') : typeModule(type);
  return typeof mod === 'string' && mod !== 'builtins' ? `${mod}.${qual}` : qual;
}

/** A type's name as CPython's %T shows it: qualified by its module unless builtins or __main__.  CPython: PyType_GetFullyQualifiedName */
export function typeNameT(type: PyType): string {
  const qual = typeQualname(type);
  const mod = type.tp_flags & TPFLAGS.HEAPTYPE ? type.tp_dict.getStr('__module__') : typeModule(type);
  return typeof mod === 'string' && mod !== 'builtins' && mod !== '__main__' ? `${mod}.${qual}` : qual;
}

function object_repr(self: PyValue): string {
  return `<${typeFullName(typeOf(self))} object at ${addressOf(self)}>`;
}

export function object_str(self: PyValue): string {
  return PyObject_Repr(self);
}

/** The default hash: derived from the object's id, as CPython hashes the address.  CPython: _Py_HashPointer */
export function object_hash(self: PyValue): PyIntValue {
  if (typeof self !== 'object') return intHash(self as number);
  return objectId(self) / 16;
}

export function object_richcompare(self: PyValue, other: PyValue, op: CompareOp): PyValue {
  switch (op) {
    case CompareOp.EQ:
      return self === other ? true : NotImplemented;
    case CompareOp.NE: {
      // By default __ne__ delegates to __eq__ and inverts the result unless it is NotImplemented.
      const eq = typeOf(self).tp_richcompare;
      if (eq === null) return NotImplemented;
      const r = eq(self, other, CompareOp.EQ);
      if (r === NotImplemented) return r;
      return !PyObject_IsTrue(r);
    }
  }
  return NotImplemented;
}

function objectGetClass(self: PyValue): PyValue {
  return typeOf(self);
}

function objectSetClass(self: PyValue, value: PyValue | null): void {
  if (value === null) throw typeError("can't delete __class__ attribute");
  if (!(value instanceof PyType)) throw typeError(`__class__ must be set to a class, not '${typeOf(value).tp_name}' object`);
  const old = typeOf(self);
  // Instances of immutable (builtin) types may be shared or interned: only modules are exempt.
  if (
    !(PyType_IsSubtype(value, ModuleType) && PyType_IsSubtype(old, ModuleType)) &&
    (value.tp_flags | old.tp_flags) & TPFLAGS.IMMUTABLETYPE
  ) {
    throw typeError('__class__ assignment only supported for mutable types or ModuleType subclasses');
  }
  compatibleForAssignment(old, value, '__class__');
  (self as unknown as HeapFields).ob_type = value;
  markDictShadowing(value, false);
}

/** Builtin base types whose instances CPython frees without the garbage collector (tp_free PyObject_Free). */
const NON_GC_BUILTINS = new Set(['object', 'int', 'float', 'complex', 'str', 'bytes', 'bytearray']);

/** Whether instances are freed through the GC (CPython's tp_free): Python classes' always are. */
function freedByGc(t: PyType): boolean {
  return (t.tp_flags & TPFLAGS.HEAPTYPE) !== 0 || !NON_GC_BUILTINS.has(t.tp_name);
}

/** Raises unless instances of `oldto` can become instances of `newto`.  CPython: compatible_for_assignment */
function compatibleForAssignment(oldto: PyType, newto: PyType, attr: string): void {
  if (freedByGc(oldto) !== freedByGc(newto)) {
    throw typeError(`${attr} assignment: '${newto.tp_name}' deallocator differs from '${oldto.tp_name}'`);
  }
  if (!sameLayout(oldto, newto)) throw typeError(`${attr} assignment: '${newto.tp_name}' object layout differs from '${oldto.tp_name}'`);
}

function sameLayout(a: PyType, b: PyType): boolean {
  // A __weakref__ slot is part of the layout too (CPython's tp_weaklistoffset).
  if (a.slotCount !== b.slotCount || a.instanceHasDict !== b.instanceHasDict || a.instanceWeakrefable !== b.instanceWeakrefable) return false;
  if (a.solidBase === b.solidBase) return true;
  // Two classes that add the same __slots__ to the same base have the same layout (annotationlib
  // turns its _Stringifier objects into ForwardRefs so).  CPython: same_slots_added
  const sa = a.solidBase!;
  const sb = b.solidBase!;
  return !!(sa.tp_flags & sb.tp_flags & TPFLAGS.HEAPTYPE) && sa.tp_base === sb.tp_base && sameNames(ownSlotNames(sa), ownSlotNames(sb));
}

/** The __slots__ a class adds, in layout order. */
function ownSlotNames(t: PyType): string[] {
  const out: PyMemberDescr[] = [];
  const d = t.tp_dict;
  for (let i = d.next(0); i >= 0; i = d.next(i + 1)) {
    const v = d.values[i];
    if (v instanceof PyMemberDescr && v.d_type === t) out.push(v);
  }
  return out.sort((x, y) => x.index - y.index).map((m) => m.name);
}

function sameNames(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

// ---- pickling support: __reduce_ex__, __reduce__, __getstate__ (the copyreg protocol) ----

/** A C int argument.  CPython: PyLong_AsInt */
function cInt(v: PyValue): number {
  const i = PyNumber_Index(v);
  if (typeof i === 'bigint' || i > 2147483647 || i < -2147483648) throw overflowError('Python int too large to convert to C int');
  return i;
}

function copyregAttr(name: string): PyValue {
  return importModuleAttr('copyreg', name);
}

/** The names of the __slots__ of cls and its bases, cached as cls.__slotnames__.  CPython: _PyType_GetSlotNames */
function typeSlotNames(cls: PyType): PyValue {
  const cached = cls.tp_dict.getStr('__slotnames__');
  if (cached !== undefined) {
    if (cached !== None && !(cached instanceof PyList)) {
      throw typeError(`${cls.tp_name}.__slotnames__ should be a list or None, not ${typeOf(cached).tp_name}`);
    }
    return cached;
  }
  const names = PyObject_Call(copyregAttr('_slotnames'), [cls], null);
  if (names !== None && !(names instanceof PyList)) throw typeError("copyreg._slotnames didn't return a list or None");
  return names;
}

/** The first builtin type on the tp_base chain: the layout instances share with a C type. */
function staticBase(t: PyType): PyType {
  let b: PyType = t;
  while (b.tp_flags & TPFLAGS.HEAPTYPE && b.tp_base !== null) b = b.tp_base;
  return b;
}

/**
 * Whether an object of type t holds nothing but object's header, its __dict__, __weakref__ and
 * __slots__ (CPython compares tp_basicsize with that sum); a builtin base pyts has no figures for
 * must be object itself.  CPython: object_getstate_default
 */
function picklesAsObject(t: PyType, nslots: number): boolean {
  const base = staticBase(t);
  if (base === ObjectType) return true;
  if (!hasOwnSizes(base)) return false;
  const [size, , weakOffset, dictOffset] = typeSizes(t);
  let expected = typeSizes(ObjectType)[0] + 8 * nslots;
  if (dictOffset !== 0 && !(typeFlags(t) & TPFLAGS.MANAGED_DICT)) expected += 8;
  if (weakOffset > 0) expected += 8;
  return size <= expected;
}

/**
 * The default state of an object: its __dict__ (or None), paired with a dict of its __slots__ values
 * when it has any.  `required` (no __getnewargs__, not a list or dict) refuses objects whose builtin
 * layout would be lost.  CPython: object_getstate_default
 */
function objectGetstateDefault(obj: PyValue, required: boolean): PyValue {
  const t = typeOf(obj);
  if (required && t.tp_flags & (TPFLAGS.LONG_SUBCLASS | TPFLAGS.TUPLE_SUBCLASS | TPFLAGS.BYTES_SUBCLASS | TPFLAGS.TYPE_SUBCLASS)) {
    throw typeError(`cannot pickle ${t.tp_name} objects`);
  }
  const d = instanceDict(obj);
  let state: PyValue = d === null || d.size === 0 ? None : d;
  const slotnames = typeSlotNames(t);
  if (required && !picklesAsObject(t, slotnames instanceof PyList ? slotnames.items.length : 0)) {
    throw typeError(`cannot pickle '${t.tp_name}' object`);
  }
  if (slotnames instanceof PyList && slotnames.items.length > 0) {
    const slots = new PyDict();
    const n = slotnames.items.length;
    for (let i = 0; i < n; i++) {
      const name = slotnames.items[i];
      const value = PyObject_LookupAttr(obj, strValue(name));
      if (value !== undefined) slots.set(name, value);
      if (slotnames.items.length !== n) throw runtimeError('__slotnames__ changed size during iteration');
    }
    if (slots.size > 0) state = new PyTuple([state, slots]);
  }
  return state;
}

/** obj.__getstate__(), telling the default method whether a state is required.  CPython: object_getstate */
function objectGetstate(obj: PyValue, required: boolean): PyValue {
  const getstate = PyObject_GetAttr(obj, '__getstate__');
  if (getstate instanceof PyCFunction && getstate.m_self === obj && getstate.impl === (objectGetstateMethod as NativeImpl)) {
    return objectGetstateDefault(obj, required);
  }
  return PyObject_Call(getstate, [], null);
}

/** obj.__getstate__() for __reduce__ methods of builtin types.  CPython: _PyObject_GetState */
export function PyObject_GetState(obj: PyValue): PyValue {
  return objectGetstate(obj, false);
}

function objectGetstateMethod(self: PyValue): PyValue {
  return objectGetstateDefault(self, false);
}

/** The arguments for __new__ from __getnewargs_ex__ or __getnewargs__.  CPython: _PyObject_GetNewArguments */
function getNewArguments(obj: PyValue): [PyTuple | null, PyDict | null] {
  const getnewargsEx = lookupSpecial(obj, '__getnewargs_ex__');
  if (getnewargsEx !== null) {
    const r = PyObject_Call(getnewargsEx, [], null);
    if (!(r instanceof PyTuple)) throw typeError(`__getnewargs_ex__ should return a tuple, not '${typeOf(r).tp_name}'`);
    if (r.items.length !== 2) throw valueError(`__getnewargs_ex__ should return a tuple of length 2, not ${r.items.length}`);
    const [args, kwargs] = r.items;
    if (!(args instanceof PyTuple)) {
      throw typeError(`first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '${typeOf(args).tp_name}'`);
    }
    if (!(kwargs instanceof PyDict)) {
      throw typeError(`second item of the tuple returned by __getnewargs_ex__ must be a dict, not '${typeOf(kwargs).tp_name}'`);
    }
    return [args, kwargs];
  }
  const getnewargs = lookupSpecial(obj, '__getnewargs__');
  if (getnewargs !== null) {
    const args = PyObject_Call(getnewargs, [], null);
    if (!(args instanceof PyTuple)) throw typeError(`__getnewargs__ should return a tuple, not '${typeOf(args).tp_name}'`);
    return [args, null];
  }
  return [null, null];
}

/** (copyreg.__newobj__, (cls, *args), state, listitems, dictitems): protocol 2+.  CPython: reduce_newobj */
function reduceNewobj(obj: PyValue): PyValue {
  const t = typeOf(obj);
  if (t.tp_new === null) throw typeError(`cannot pickle '${t.tp_name}' object`);
  const [args, kwargs] = getNewArguments(obj);
  let newobj: PyValue;
  let newargs: PyTuple;
  if (kwargs === null || kwargs.size === 0) {
    newobj = copyregAttr('__newobj__');
    newargs = new PyTuple([t, ...(args?.items ?? [])]);
  } else {
    newobj = copyregAttr('__newobj_ex__');
    newargs = new PyTuple([t, args!, kwargs]);
  }
  const isList = obj instanceof PyList;
  const isDict = obj instanceof PyDict;
  const state = objectGetstate(obj, !(args !== null || isList || isDict));
  const listitems = isList ? PyObject_GetIter(obj) : None;
  const dictitems = isDict ? PyObject_GetIter(PyObject_CallMethod(obj, 'items', [])) : None;
  return new PyTuple([newobj, newargs, state, listitems, dictitems]);
}

/** CPython: _common_reduce */
function commonReduce(self: PyValue, proto: number): PyValue {
  if (proto >= 2) return reduceNewobj(self);
  return PyObject_Call(copyregAttr('_reduce_ex'), [self, proto], null);
}

function objectReduce(self: PyValue): PyValue {
  return commonReduce(self, 0);
}

/** A __reduce__ overridden by the class wins; otherwise the copyreg protocol.  CPython: object___reduce_ex___impl */
function objectReduceEx(self: PyValue, protocol: PyValue): PyValue {
  const proto = cInt(protocol);
  const reduce = PyObject_LookupAttr(self, '__reduce__');
  if (reduce !== undefined) {
    const clsreduce = PyObject_GetAttr(typeOf(self), '__reduce__');
    if (clsreduce !== ObjectType.tp_dict.getStr('__reduce__')) return PyObject_Call(reduce, [], null);
  }
  return commonReduce(self, proto);
}

function objectInitSubclass(): void {}

function objectSubclasshook(): PyValue {
  return NotImplemented;
}

function objectFormat(self: PyValue, spec: PyValue): PyValue {
  if (!isStrValue(spec)) throw typeError(`__format__() argument must be str, not ${typeOf(spec).tp_name}`);
  if (strValue(spec).length > 0) throw typeError(`unsupported format string passed to ${typeOf(self).tp_name}.__format__`);
  return PyObject_Str(self);
}

/** Adds the keys of a class's __dict__ and, recursively, of its __bases__.  CPython: merge_class_dict */
function mergeClassDict(names: PyDict, aclass: PyValue): void {
  const classdict = PyObject_LookupAttr(aclass, '__dict__');
  if (classdict !== undefined) {
    const m = classdict instanceof PyMappingProxy ? classdict.mapping : classdict;
    if (m instanceof PyDict) {
      for (let i = m.next(0); i >= 0; i = m.next(i + 1)) names.set(m.keys[i], m.values[i]);
    } else {
      for (const k of iterableToArray(PyObject_Call(PyObject_GetAttr(m, 'keys'), [], null))) names.set(k, None);
    }
  }
  const bases = PyObject_LookupAttr(aclass, '__bases__');
  if (bases === undefined) return;
  for (const b of iterableToArray(bases)) mergeClassDict(names, b);
}

function dictKeysList(d: PyDict): PyList {
  const out: PyValue[] = [];
  for (let i = d.next(0); i >= 0; i = d.next(i + 1)) out.push(d.keys[i]);
  return new PyList(out);
}

/** object.__dir__: the instance's __dict__ keys and those of its class and bases.  CPython: object___dir___impl */
function objectDir(self: PyValue): PyValue {
  const names = new PyDict();
  const d = PyObject_LookupAttr(self, '__dict__');
  if (d instanceof PyDict) for (let i = d.next(0); i >= 0; i = d.next(i + 1)) names.set(d.keys[i], d.values[i]);
  const cls = PyObject_LookupAttr(self, '__class__');
  if (cls !== undefined) mergeClassDict(names, cls);
  return dictKeysList(names);
}

/** type.__dir__: the class's attributes and its bases'.  CPython: type___dir___impl */
function typeDir(self: PyValue): PyValue {
  const names = new PyDict();
  mergeClassDict(names, self);
  return dictKeysList(names);
}

function objectSizeof(): PyValue {
  return 16;
}


export const ObjectType = defineBuiltinType({
  name: 'object',
  textSignature: '()',
  doc: 'The base of every class.',
  flags: TPFLAGS.BASETYPE,
  alloc: objectAlloc,
  slots: {
    tp_new: object_new,
    tp_init: object_init,
    tp_repr: object_repr,
    tp_str: object_str,
    tp_hash: object_hash,
    tp_richcompare: object_richcompare,
    tp_getattro: PyObject_GenericGetAttr,
    tp_setattro: PyObject_GenericSetAttr,
  },
  methods: {
    __reduce_ex__: { sig: '($self, protocol, /)', impl: objectReduceEx },
    __reduce__: { sig: '($self, /)', impl: objectReduce },
    __getstate__: { sig: '($self, /)', impl: objectGetstateMethod },
    __subclasshook__: { sig: '($type, object, /)', callSig: '($type, /, *args)', impl: objectSubclasshook, kind: 'classmethod' },
    __init_subclass__: { sig: '($type, /)', impl: objectInitSubclass, kind: 'classmethod' },
    __format__: { sig: '($self, format_spec, /)', impl: objectFormat },
    __sizeof__: { sig: '($self, /)', impl: objectSizeof },
    __dir__: { sig: '($self, /)', impl: objectDir },
  },
  getset: {
    __class__: { get: objectGetClass, set: objectSetClass },
  },
});

// ---- type ----

/** __name__ of a class (builtin types: the part after the module). */
export function typeName(type: PyType): string {
  return type.name;
}

export function typeQualname(type: PyType): string {
  if (type.tp_flags & TPFLAGS.HEAPTYPE) {
    const q = HEAP_QUALNAMES.get(type);
    if (q !== undefined) return q;
  }
  return type.name;
}

/** __qualname__ of Python classes (builtin types use their name). */
const HEAP_QUALNAMES = new WeakMap<PyType, string>();

export function typeModule(type: PyType): PyValue {
  if (type.tp_flags & TPFLAGS.HEAPTYPE) {
    const m = type.tp_dict.getStr('__module__');
    if (m === undefined) throw attributeErrorFor(type, '__module__', '__module__');
    return m;
  }
  const dot = type.tp_name.lastIndexOf('.');
  return dot < 0 ? 'builtins' : type.tp_name.slice(0, dot);
}

function type_repr(self: PyValue): string {
  const t = self as PyType;
  let mod: PyValue = None;
  try {
    mod = typeModule(t);
  } catch {
    mod = None;
  }
  const qual = typeQualname(t);
  if (isStrValue(mod) && strValue(mod) !== 'builtins') return `<class '${strValue(mod)}.${qual}'>`;
  return `<class '${qual}'>`;
}

function type_call(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const type = self as PyType;
  if (type === TypeType) {
    const nkw = kwnames?.length ?? 0;
    const nargs = args.length - nkw;
    if (nargs === 1 && nkw === 0) return typeOf(args[0]);
    if (nargs !== 1 && nargs !== 3) throw typeError('type() takes 1 or 3 arguments');
  }
  const nw = type.tp_new;
  if (nw === null) throw typeError(`cannot create '${typeFullName(type)}' instances`);
  const obj = nw(type, args, kwnames);
  const ot = typeOf(obj);
  if (ot !== type && !PyType_IsSubtype(ot, type)) return obj;
  const init = ot.tp_init;
  if (init !== null) init(obj, args, kwnames);
  return obj;
}

/**
 * Attribute lookup on a class: data descriptors of the metatype win, then the class's own MRO
 * (binding descriptors with instance None), then the metatype's other attributes.
 * CPython: _Py_type_getattro_impl
 */
function type_getattro(self: PyValue, name: string, suppress: boolean): PyValue | undefined {
  const type = self as PyType;
  const metatype = typeOf(type);
  const metaAttr = _PyType_Lookup(metatype, name);
  let metaGet = null;
  if (metaAttr !== null) {
    const mt = typeOf(metaAttr);
    metaGet = mt.tp_descr_get;
    if (metaGet !== null && mt.tp_descr_set !== null) return metaGet(metaAttr, type, metatype);
  }
  const attr = _PyType_Lookup(type, name);
  if (attr !== null) {
    const get = typeOf(attr).tp_descr_get;
    return get === null ? attr : get(attr, null, type);
  }
  if (metaGet !== null) return metaGet(metaAttr!, type, metatype);
  if (metaAttr !== null) return metaAttr;
  if (suppress) return undefined;
  throw attributeErrorFor(type, name, `type object '${type.tp_name}' has no attribute '${name}'`);
}

function type_setattro(self: PyValue, name: string, value: PyValue | null): void {
  const type = self as PyType;
  if (type.tp_flags & TPFLAGS.IMMUTABLETYPE) {
    throw typeError(`cannot set ${PyObject_Repr(name)} attribute of immutable type '${type.tp_name}'`);
  }
  const metaAttr = _PyType_Lookup(typeOf(type), name);
  if (metaAttr !== null) {
    const set = typeOf(metaAttr).tp_descr_set;
    if (set !== null) {
      set(metaAttr, type, value);
      return;
    }
  }
  const dict = type.tp_dict;
  if (value === null) {
    const i = dict.findStr(name);
    if (i < 0) throw attributeErrorFor(type, name, `type object '${type.tp_name}' has no attribute '${name}'`);
    dict.removeAt(i);
  } else dict.setStr(name, value);
  PyType_Modified(type);
  markDictShadowing(type, true);
  if (SLOT_DUNDERS.has(name)) updateSlot(type, name);
}

// ---- class creation ----

/** The winner among the metaclasses of `bases` and `meta`.  CPython: _PyType_CalculateMetaclass */
export function calculateMetaclass(meta: PyType, bases: readonly PyValue[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bt = typeOf(b);
    if (PyType_IsSubtype(winner, bt)) continue;
    if (PyType_IsSubtype(bt, winner)) {
      winner = bt;
      continue;
    }
    throw typeError(
      'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases',
    );
  }
  return winner;
}

/** The type whose instance layout a class's instances have.  CPython: solid_base */
function solidBase(type: PyType): PyType {
  if (type.solidBase !== null) return type.solidBase;
  return type;
}

/**
 * The most derived type on `type`'s base chain whose instance shape (__basicsize__, __itemsize__)
 * differs from its base's: the layout best_base compares.  pyts's own solidBase says how instances are
 * allocated and treats builtin types without an instance class of their own (int, str...) as object;
 * CPython's sizes tell their layouts apart.  CPython: solid_base, shape_differs
 */
function layoutBase(type: PyType): PyType {
  const base = type.tp_base;
  if (base === null) return type;
  const lb = layoutBase(base);
  // A builtin type missing from the table of sizes has a layout of its own when pyts allocates its
  // instances with a class of their own (_random.Random, deque iterators, _io.StringIO...).
  if (!(type.tp_flags & TPFLAGS.HEAPTYPE) && !hasOwnSizes(type)) return type.solidBase === type ? type : lb;
  const a = typeSizes(type);
  const b = typeSizes(base);
  return a[0] !== b[0] || a[1] !== b[1] ? type : lb;
}

/** The base that determines the layout.  CPython: best_base */
function bestBase(bases: readonly PyValue[]): PyType {
  let base: PyType | null = null;
  let winner: PyType | null = null;
  for (const b of bases) {
    if (!(b instanceof PyType)) throw typeError('bases must be types');
    if (!(b.tp_flags & TPFLAGS.BASETYPE)) throw typeError(`type '${b.tp_name}' is not an acceptable base type`);
    const candidate = layoutBase(b);
    if (winner === null) {
      winner = candidate;
      base = b;
    } else if (PyType_IsSubtype(winner, candidate)) {
      // keep
    } else if (PyType_IsSubtype(candidate, winner)) {
      winner = candidate;
      base = b;
    } else throw typeError('multiple bases have instance lay-out conflict');
  }
  return base!;
}

function className(cls: PyValue): string {
  const n = PyObject_LookupAttr(cls, '__name__');
  if (n === undefined) return PyObject_Repr(cls);
  return isStrValue(n) ? strValue(n) : '?';
}

/** The C3 linearisation of type and its bases.  CPython: mro_implementation, pmerge */
export function mroC3(type: PyType, bases: readonly PyType[]): PyType[] {
  // A base whose own first MRO is still being computed (its custom mro() is running) has none yet.
  for (let i = 0; i < bases.length; i++) {
    if (bases[i].tp_mro.length === 0) throw typeError(`Cannot extend an incomplete type '${bases[i].tp_name}'`);
  }
  if (bases.length === 1) return [type, ...bases[0].tp_mro];
  for (let i = 0; i < bases.length; i++) {
    for (let j = i + 1; j < bases.length; j++) {
      if (bases[i] === bases[j]) throw typeError(`duplicate base class ${className(bases[i])}`);
    }
  }
  const toMerge: PyType[][] = [...bases.map((b) => b.tp_mro), [...bases]];
  const remain = toMerge.map(() => 0);
  const result: PyType[] = [type];
  for (;;) {
    let empty = 0;
    let progressed = false;
    for (let i = 0; i < toMerge.length; i++) {
      const cur = toMerge[i];
      if (remain[i] >= cur.length) {
        empty++;
        continue;
      }
      const candidate = cur[remain[i]];
      let inTail = false;
      for (let j = 0; j < toMerge.length && !inTail; j++) {
        const lst = toMerge[j];
        for (let k = remain[j] + 1; k < lst.length; k++) {
          if (lst[k] === candidate) {
            inTail = true;
            break;
          }
        }
      }
      if (inTail) continue;
      result.push(candidate);
      for (let j = 0; j < toMerge.length; j++) {
        if (remain[j] < toMerge[j].length && toMerge[j][remain[j]] === candidate) remain[j]++;
      }
      progressed = true;
      break;
    }
    if (progressed) continue;
    if (empty !== toMerge.length) {
      const names: string[] = [];
      const seen = new Set<PyType>();
      for (let i = 0; i < toMerge.length; i++) {
        if (remain[i] < toMerge[i].length) {
          const c = toMerge[i][remain[i]];
          if (!seen.has(c)) {
            seen.add(c);
            names.push(className(c));
          }
        }
      }
      throw typeError(`Cannot create a consistent method resolution order (MRO) for bases ${names.join(', ')}`);
    }
    return result;
  }
}

/** Computes a class's MRO, through a custom metaclass's mro() when there is one.  CPython: mro_internal */
function computeMro(type: PyType): PyType[] {
  const meta = typeOf(type);
  if (meta !== TypeType) {
    const mroMethod = _PyType_Lookup(meta, 'mro');
    if (mroMethod !== null && mroMethod !== TypeType.tp_dict.getStr('mro')) {
      const r = PyObject_Call(PyObject_GetAttr(type, 'mro'), [], null);
      const items = iterableToArray(r);
      // Every class of the MRO must have a layout the class's instances have.  CPython: mro_check
      const solid = type.solidBase === type || type.tp_base === null ? type : layoutBase(type.tp_base);
      for (const c of items) {
        if (!(c instanceof PyType)) throw typeError(`mro() returned a non-class ('${typeOf(c).tp_name}')`);
        if (c === type) continue;
        const lb = layoutBase(c);
        if (!(solid === type ? isSubtypeBaseChain(solid, lb) : PyType_IsSubtype(solid, lb))) {
          throw typeError(`mro() returned base with unsuitable layout ('${c.tp_name}')`);
        }
      }
      return items as PyType[];
    }
  }
  return mroC3(type, type.tp_bases);
}


/** Python's name mangling of private names inside class `klass`.  CPython: _Py_Mangle */
export function mangle(klass: string, name: string): string {
  if (!name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = klass.replace(/^_+/, '');
  if (stripped === '') return name;
  return `_${stripped}${name}`;
}

/**
 * type(name, bases, dict, **kwds): creates a class.  CPython: type_new, type_new_impl
 */
function type_new(metatype: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames?.length ?? 0;
  const nargs = args.length - nkw;
  if (nargs !== 3) throw typeError(`type.__new__() takes exactly 3 arguments (${nargs} given)`);
  const [nameArg, basesArg, dictArg] = args;
  if (!isStrValue(nameArg)) throw typeError(`type.__new__() argument 1 must be str, not ${typeOf(nameArg).tp_name}`);
  if (!(basesArg instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${typeOf(basesArg).tp_name}`);
  if (!(dictArg instanceof PyDict)) throw typeError(`type.__new__() argument 3 must be dict, not ${typeOf(dictArg).tp_name}`);
  const kwds: [string, PyValue][] = [];
  for (let i = 0; i < nkw; i++) kwds.push([kwnames![i], args[nargs + i]]);
  let bases = basesArg.items;
  const winner = calculateMetaclass(metatype, bases);
  if (winner !== metatype && winner.tp_new !== type_new) {
    return PyObject_Call(winner, args, kwnames);
  }
  metatype = winner;
  for (const b of bases) {
    if (!(b instanceof PyType) && PyObject_LookupAttr(b, '__mro_entries__') !== undefined) {
      throw typeError("type() doesn't support MRO entry resolution; use types.new_class()");
    }
  }
  const given = bases.length > 0;
  if (!given) bases = [ObjectType];
  const base = bestBase(bases);
  const cls = newClass(metatype, strValue(nameArg), bases as PyType[], base, dictArg, kwds);
  if (given) cls.basesTuple = basesArg;
  return cls;
}

function newClass(metatype: PyType, name: string, bases: PyType[], base: PyType, origDict: PyDict, kwds: [string, PyValue][]): PyType {
  checkUtf8Encodable(name);
  if (name.includes('\0')) throw valueError('type name must not contain null characters');
  const dict = new PyDict();
  if (typeOf(origDict).tp_iter === DictType.tp_iter) {
    for (let i = origDict.next(0); i >= 0; i = origDict.next(i + 1)) dict.set(origDict.keys[i], origDict.values[i]);
  } else {
    // A dict subclass with its own iteration (OrderedDict) is copied in its keys() order, as
    // PyDict_Copy's dict_merge does.
    for (const k of iterableToArray(PyObject_CallMethod(origDict, 'keys', []))) dict.set(k, PyObject_GetItem(origDict, k));
  }

  // __slots__: which cells instances get, and whether they get __dict__ / __weakref__.
  // A class's own namespace is its __dict__ (type has a tp_dictoffset), so metaclasses get no instance dict.
  const mayAddDict = !base.instanceHasDict && !PyType_IsSubtype(base, TypeType);
  const mayAddWeak = !base.instanceWeakrefable;
  let addDict = false;
  let addWeak = false;
  let slotNames: string[] = [];
  const slotsValue = dict.getStr('__slots__');
  if (slotsValue === undefined) {
    addDict = mayAddDict;
    addWeak = mayAddWeak;
  } else {
    const raw = isStrValue(slotsValue) ? [slotsValue] : iterableToArray(slotsValue);
    if (raw.length > 0 && isVarSized(base)) {
      throw typeError(`nonempty __slots__ not supported for subtype of '${base.tp_name}'`);
    }
    for (const s of raw) {
      if (!isStrValue(s)) throw typeError(`__slots__ items must be strings, not '${typeOf(s).tp_name}'`);
      const sv = strValue(s);
      if (!isIdentifier(sv)) throw typeError('__slots__ must be identifiers');
      if (sv === '__dict__') {
        if (!mayAddDict || addDict) throw typeError('__dict__ slot disallowed: we already got one');
        addDict = true;
        continue;
      }
      if (sv === '__weakref__') {
        if (!mayAddWeak || addWeak) throw typeError('__weakref__ slot disallowed: we already got one');
        addWeak = true;
        continue;
      }
      const mangled = mangle(name, sv);
      if (dict.findStr(mangled) >= 0 && mangled !== '__qualname__' && mangled !== '__classcell__' && mangled !== '__classdictcell__') {
        throw valueError(`${PyObject_Repr(mangled)} in __slots__ conflicts with class variable`);
      }
      slotNames.push(mangled);
    }
    slotNames = slotNames.sort();
    if (bases.length > 1 && ((mayAddDict && !addDict) || (mayAddWeak && !addWeak))) {
      for (const b of bases) {
        if (b === base) continue;
        if (mayAddDict && !addDict && b.instanceHasDict) addDict = true;
        if (mayAddWeak && !addWeak && b.instanceWeakrefable) addWeak = true;
      }
    }
  }

  const type = new PyType(name, TPFLAGS.HEAPTYPE | TPFLAGS.BASETYPE | TPFLAGS.HAVE_GC, metatype);
  type.tp_bases = bases;
  type.tp_base = base;
  type.tp_dict = dict;
  type.tp_flags |= base.tp_flags & SUBCLASS_FLAGS_MASK;
  type.instanceHasDict = base.instanceHasDict || addDict;
  type.instanceWeakrefable = base.instanceWeakrefable || addWeak;
  const baseSlots = Math.max(0, ...bases.map((b) => b.slotCount));
  type.slotCount = baseSlots + slotNames.length;
  type.solidBase = slotNames.length > 0 ? type : base.solidBase;
  if (addDict) type.tp_flags |= TPFLAGS.MANAGED_DICT;
  if (addWeak) type.tp_flags |= TPFLAGS.MANAGED_WEAKREF;

  // __module__, __qualname__, __doc__.
  if (dict.findStr('__module__') < 0) {
    const g = currentGlobals();
    const modName = g?.getStr('__name__');
    if (modName !== undefined) dict.setStr('__module__', modName);
  }
  const qualname = dict.getStr('__qualname__');
  if (qualname !== undefined) {
    if (!isStrValue(qualname)) throw typeError(`type __qualname__ must be a str, not ${typeOf(qualname).tp_name}`);
    HEAP_QUALNAMES.set(type, strValue(qualname));
    dict.delete('__qualname__');
  } else HEAP_QUALNAMES.set(type, name);
  const doc = dict.getStr('__doc__');
  if (doc !== undefined && isStrValue(doc)) {
    checkUtf8Encodable(strValue(doc));
    type.tp_doc = strValue(doc);
  }

  // Plain functions for __new__ become static methods; __init_subclass__ and __class_getitem__ class methods.
  const newFn = dict.getStr('__new__');
  if (newFn instanceof PyFunction) dict.setStr('__new__', new PyStaticMethod(newFn));
  for (const n of ['__init_subclass__', '__class_getitem__']) {
    const f = dict.getStr(n);
    if (f instanceof PyFunction) dict.setStr(n, new PyClassMethod(f));
  }

  // The class cells leave the namespace before the __slots__ descriptors go in, so a slot may be
  // named __classcell__.  CPython: type_new_set_classcell (type_new_set_attrs), then PyType_Ready
  const classcell = dict.getStr('__classcell__');
  if (classcell !== undefined) {
    if (!(classcell instanceof PyCell)) throw typeError(`__classcell__ must be a nonlocal cell, not ${PyObject_Repr(typeOf(classcell))}`);
    classcell.ob_ref = type;
    dict.delete('__classcell__');
  }
  const classdictcell = dict.getStr('__classdictcell__');
  if (classdictcell !== undefined) {
    if (!(classdictcell instanceof PyCell)) throw typeError(`__classdictcell__ must be a nonlocal cell, not ${PyObject_Repr(typeOf(classdictcell))}`);
    classdictcell.ob_ref = dict;
    dict.delete('__classdictcell__');
  }

  // Descriptors for the __slots__ cells, and __dict__ / __weakref__ accessors.
  slotNames.forEach((s, i) => dict.setStr(s, new PyMemberDescr(type, s, baseSlots + i)));
  if (addDict && dict.findStr('__dict__') < 0) dict.setStr('__dict__', new PyGetSetDescr(type, '__dict__', subtypeGetDict, subtypeSetDict, null));
  if (addWeak && dict.findStr('__weakref__') < 0) dict.setStr('__weakref__', new PyGetSetDescr(type, '__weakref__', subtypeGetWeakref, null, null));
  // CPython: type_dict_set_doc
  if (dict.findStr('__doc__') < 0) dict.setStr('__doc__', None);
  // A class that defines __eq__ but not __hash__ is unhashable.  CPython: inherit_slots, type_ready_set_hash
  if (dict.findStr('__eq__') >= 0 && dict.findStr('__hash__') < 0) dict.setStr('__hash__', None);

  // Ready: the MRO, then slots from the MRO's dunders.
  type.tp_mro = computeMro(type);
  inheritPatmaFlags(type);
  for (const b of bases) addSubclass(b, type);
  inheritHeapSlots(type);
  fixupSlotDispatchers(type, true);
  assignVersionTag(type);

  if (!hasOnlyStrKeys(dict)) numberWarning(PyExc_RuntimeWarning, `non-string key in the __dict__ of class ${type.tp_name}`);
  setNames(type);
  initSubclass(type, kwds);
  return type;
}

/** sys._clear_type_descriptors(type): drops a class's __dict__ and __weakref__ descriptors (dataclasses re-creating a class with __slots__).  CPython: sys__clear_type_descriptors_impl */
export function clearTypeDescriptors(type: PyValue): void {
  if (!(type instanceof PyType)) throw typeError(`_clear_type_descriptors() argument must be type, not ${typeOf(type).tp_name}`);
  if (type.tp_flags & TPFLAGS.IMMUTABLETYPE) throw typeError('argument is immutable');
  type.tp_dict.delete('__dict__');
  type.tp_dict.delete('__weakref__');
  PyType_Modified(type);
}

/** Py_TPFLAGS_SEQUENCE/MAPPING (what match treats as a sequence or mapping) from the first base in the MRO that has one.  CPython: inherit_patma_flags */
export function inheritPatmaFlags(type: PyType): void {
  const mro = type.tp_mro;
  for (let i = 1; i < mro.length && (type.tp_flags & COLLECTION_FLAGS) === 0; i++) type.tp_flags |= mro[i].tp_flags & COLLECTION_FLAGS;
}
const COLLECTION_FLAGS = TPFLAGS.SEQUENCE | TPFLAGS.MAPPING;

/** Slots a Python class takes from its layout base before its own dunders are consulted. */
/** Types whose instances vary in size (int, tuple, bytes): their subclasses cannot add __slots__. */
function isVarSized(t: PyType): boolean {
  return (t.tp_flags & (TPFLAGS.LONG_SUBCLASS | TPFLAGS.TUPLE_SUBCLASS | TPFLAGS.BYTES_SUBCLASS)) !== 0;
}

function inheritHeapSlots(type: PyType): void {
  const base = type.tp_base!;
  type.tp_new = base.tp_new;
  type.tp_init = base.tp_init;
}

// CPython: _PyDict_HasOnlyStringKeys
function hasOnlyStrKeys(dict: PyDict): boolean {
  for (let i = dict.next(0); i >= 0; i = dict.next(i + 1)) if (!isStrValue(dict.keys[i])) return false;
  return true;
}

/** Calls __set_name__ on the class attributes that define it.  CPython: type_new_set_names */
function setNames(type: PyType): void {
  const dict = type.tp_dict;
  const entries: [PyValue, PyValue][] = [];
  for (let i = dict.next(0); i >= 0; i = dict.next(i + 1)) entries.push([dict.keys[i], dict.values[i]]);
  for (const [key, value] of entries) {
    const setName = _PyType_Lookup(typeOf(value), '__set_name__');
    if (setName === null) continue;
    const get = typeOf(setName).tp_descr_get;
    const bound = get === null ? setName : get(setName, value, typeOf(value));
    try {
      PyObject_Call(bound, [type, key], null);
    } catch (e) {
      if (e instanceof PyObject) addNote(e, `Error calling __set_name__ on '${typeOf(value).tp_name}' instance ${PyObject_Repr(key)} in '${type.tp_name}'`);
      throw e;
    }
  }
}


/** super(type, type).__init_subclass__(**kwds).  CPython: type_new_init_subclass */
function initSubclass(type: PyType, kwds: [string, PyValue][]): void {
  const mro = type.tp_mro;
  // CPython calls super(type, type).__init_subclass__: a custom mro() that leaves the class out of
  // its own MRO fails super's check (PyType_IsSubtype reads the MRO alone).  CPython: supercheck
  if (!mro.includes(type)) {
    throw typeError(`super(type, obj): obj (type ${type.tp_name}) is not an instance or subtype of type (${type.tp_name}).`);
  }
  for (let i = 1; i < mro.length; i++) {
    const f = mro[i].tp_dict.getStr('__init_subclass__');
    if (f === undefined) continue;
    const get = typeOf(f).tp_descr_get;
    const bound = get === null ? f : get(f, null, type);
    const args = kwds.map(([, v]) => v);
    const names = kwds.length ? kwds.map(([k]) => k) : null;
    if (f === ObjectType.tp_dict.getStr('__init_subclass__') && kwds.length > 0) {
      throw typeError(`${typeQualname(type)}.__init_subclass__() takes no keyword arguments`);
    }
    PyObject_Call(bound, args, names);
    return;
  }
}


/**
 * The first builtin type on t's base chain whose instances carry a dict of their own (type, module,
 * function, BaseException...): a class mixing one in with a plain class keeps that type's __dict__
 * rules.  CPython: get_builtin_base_with_dict
 */
function builtinBaseWithDict(t: PyType): PyType | null {
  for (let b: PyType = t; b.tp_base !== null; b = b.tp_base) {
    if (!(b.tp_flags & TPFLAGS.HEAPTYPE) && (b.instanceHasDict || b === TypeType)) return b;
  }
  return null;
}

/** The __dict__ descriptor of that builtin base, or null where pyts's type has none.  CPython: get_dict_descriptor */
function builtinDictDescr(self: PyValue): PyValue | null {
  const base = builtinBaseWithDict(typeOf(self));
  if (base === null) return null;
  // Differs from CPython: a builtin type of pyts's that keeps an instance dict without exposing a
  // __dict__ descriptor falls back to the plain instance dict rather than raising.
  return _PyType_Lookup(base, '__dict__');
}

// CPython: subtype_dict
function subtypeGetDict(self: PyValue): PyValue {
  const descr = builtinDictDescr(self);
  if (descr !== null) {
    const get = typeOf(descr).tp_descr_get;
    if (get === null) throw typeError(`this __dict__ descriptor does not support '${typeOf(self).tp_name}' objects`);
    return get(descr, self, typeOf(self));
  }
  const o = self as unknown as HeapFields;
  if (o.ob_dict === null) o.ob_dict = new PyDict();
  markDictShadowing(o.ob_type, false);
  return o.ob_dict;
}

/** Sets or (with null) drops the instance dict; a dropped one is recreated empty when next needed.  CPython: subtype_setdict */
function subtypeSetDict(self: PyValue, value: PyValue | null): void {
  const descr = builtinDictDescr(self);
  if (descr !== null) {
    const set = typeOf(descr).tp_descr_set;
    if (set === null) throw typeError(`this __dict__ descriptor does not support '${typeOf(self).tp_name}' objects`);
    set(descr, self, value);
    return;
  }
  if (value !== null && !(value instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeOf(value).tp_name}'`);
  (self as unknown as HeapFields).ob_dict = value;
  markDictShadowing(typeOf(self), false);
}

function subtypeGetWeakref(): PyValue {
  return None;
}


// ---- type attributes ----

function typeGetName(t: PyType): PyValue {
  return t.name;
}
function typeSetName(t: PyType, v: PyValue | null): void {
  checkSetSpecial(t, v, '__name__');
  if (!isStrValue(v!)) throw typeError(`can only assign string to ${t.tp_name}.__name__, not '${typeOf(v!).tp_name}'`);
  const s = strValue(v!);
  checkUtf8Encodable(s);
  if (s.includes('\0')) throw valueError('type name must not contain null characters');
  t.tp_name = s;
  t.ht_name = null;
}
function typeGetQualname(t: PyType): PyValue {
  return typeQualname(t);
}
function typeSetQualname(t: PyType, v: PyValue | null): void {
  checkSetSpecial(t, v, '__qualname__');
  if (!isStrValue(v!)) throw typeError(`can only assign string to ${t.tp_name}.__qualname__, not '${typeOf(v!).tp_name}'`);
  HEAP_QUALNAMES.set(t, strValue(v!));
}
function checkSetSpecial(t: PyType, v: PyValue | null, name: string): void {
  if (t.tp_flags & TPFLAGS.IMMUTABLETYPE) throw typeError(`cannot set '${name}' attribute of immutable type '${t.tp_name}'`);
  if (v === null) throw typeError(`cannot delete '${name}' attribute of immutable type '${t.tp_name}'`);
}
function typeGetModule(t: PyType): PyValue {
  return typeModule(t);
}
function typeSetModule(t: PyType, v: PyValue | null): void {
  checkSetSpecial(t, v, '__module__');
  t.tp_dict.setStr('__module__', v!);
  // The class no longer comes from where it was defined (CPython: type_set_module).
  t.tp_dict.delete('__firstlineno__');
  PyType_Modified(t);
}
function typeGetBases(t: PyType): PyValue {
  return (t.basesTuple ??= new PyTuple(t.tp_bases));
}
/** Whether `b` is `a` or on a's tp_base chain.  CPython: type_is_subtype_base_chain */
function isSubtypeBaseChain(a: PyType, b: PyType): boolean {
  for (let t: PyType | null = a; t !== null; t = t.tp_base) if (t === b) return true;
  return b === ObjectType;
}

/** Recomputes the MRO of a class and of its subclasses, recording (type, old MRO) for undoing.  CPython: mro_hierarchy */
// A custom mro() may itself assign __bases__ on the class (or a relative): when the class's MRO
// changed while its mro() ran, that newer MRO stands and this one is dropped.  Each class whose MRO
// is replaced is recorded as [class, new MRO, old MRO] for undoing.  CPython: mro_hierarchy, mro_internal
function mroHierarchy(type: PyType, undo: [PyType, PyType[], PyType[]][]): void {
  const old = type.tp_mro;
  const mro = computeMro(type);
  if (type.tp_mro !== old) return;
  type.tp_mro = mro;
  undo.push([type, mro, old]);
  PyType_Modified(type);
  // A copy: a custom mro() of a subclass may change this class's subclasses meanwhile.
  for (const sub of subclassesOf(type)) mroHierarchy(sub, undo);
}

/** Updates the slots of a class and its subclasses from their new MROs.  CPython: update_all_slots */
function updateAllSlots(type: PyType): void {
  fixupSlotDispatchers(type);
  for (const sub of subclassesOf(type)) updateAllSlots(sub);
}

/** C.__bases__ = (...): a new MRO for C and its subclasses, with a compatible layout.  CPython: type_set_bases */
function typeSetBases(t: PyType, v: PyValue | null): void {
  checkSetSpecial(t, v, '__bases__');
  if (!(v instanceof PyTuple)) throw typeError(`can only assign tuple to ${t.tp_name}.__bases__, not ${typeOf(v!).tp_name}`);
  if (v.items.length === 0) throw typeError(`can only assign non-empty tuple to ${t.tp_name}.__bases__, not ()`);
  for (const b of v.items) {
    if (!(b instanceof PyType)) throw typeError(`${t.tp_name}.__bases__ must be tuple of classes, not '${typeOf(b).tp_name}'`);
    if (b.tp_mro.includes(t) || isSubtypeBaseChain(b, t)) throw typeError('a __bases__ item causes an inheritance cycle');
  }
  const newBases = v.items as PyType[];
  const newBase = bestBase(newBases);
  compatibleForAssignment(t.tp_base!, newBase, '__bases__');
  const oldBases = t.tp_bases;
  const oldBase = t.tp_base;
  const oldTuple = t.basesTuple;
  t.tp_bases = newBases;
  t.tp_base = newBase;
  t.basesTuple = v;
  const undo: [PyType, PyType[], PyType[]][] = [];
  try {
    mroHierarchy(t, undo);
  } catch (e) {
    // Roll back the MROs this call set (not those a reentrant assignment set since), and the bases
    // unless a reentrant assignment replaced them.  CPython: type_set_bases_unlocked (undo, bail)
    for (let i = undo.length - 1; i >= 0; i--) {
      const [cls, mro, old] = undo[i];
      if (cls.tp_mro === mro) {
        cls.tp_mro = old;
        PyType_Modified(cls);
      }
    }
    if (t.tp_bases === newBases) {
      t.tp_bases = oldBases;
      t.tp_base = oldBase;
      t.basesTuple = oldTuple;
    }
    PyType_Modified(t);
    throw e;
  }
  // A reentrant __bases__ assignment during a custom mro() did this bookkeeping for its own bases.
  if (t.tp_bases !== newBases) return;
  for (const b of oldBases) removeSubclass(b, t);
  for (const b of newBases) addSubclass(b, t);
  updateAllSlots(t);
  // The new MRO may bring class attributes that names already in instance dicts shadow.
  markDictShadowing(t, true);
}

function typeGetBase(t: PyType): PyValue {
  return t.tp_base ?? None;
}
// An empty tp_mro is CPython's NULL one: a class whose mro() is still being computed.
function typeGetMro(t: PyType): PyValue {
  return t.tp_mro.length === 0 ? None : new PyTuple(t.tp_mro);
}
function typeGetDict(t: PyType): PyValue {
  return new PyMappingProxy(t.tp_dict);
}
/** A builtin type's docstring, else its dict's __doc__ (through a descriptor's __get__, as for a class).  CPython: type_get_doc */
function typeGetDoc(t: PyType): PyValue {
  if (!(t.tp_flags & TPFLAGS.HEAPTYPE) && t.tp_doc !== null) return t.tp_doc;
  const d = t.tp_dict.getStr('__doc__');
  if (d === undefined) return None;
  const get = typeOf(d).tp_descr_get;
  return get === null ? d : get(d, null, t);
}
function typeSetDoc(t: PyType, v: PyValue | null): void {
  checkSetSpecial(t, v, '__doc__');
  t.tp_dict.setStr('__doc__', v!);
  PyType_Modified(t);
}

/**
 * The signature in a docstring that starts "name(...)\n--\n\n" (Argument Clinic's form), or null.
 * CPython: _PyType_GetTextSignatureFromInternalDoc
 */
function signatureFromInternalDoc(name: string, doc: string): string | null {
  const short = name.slice(name.lastIndexOf('.') + 1);
  if (!doc.startsWith(short + '(')) return null;
  const start = short.length;
  for (let i = start; i < doc.length; i++) {
    if (doc.startsWith(')\n--\n\n', i)) return doc.slice(start, i + 1);
    if (doc[i] === '\n' && doc[i + 1] === '\n') return null;
  }
  return null;
}

/** CPython: type_get_text_signature */
function typeGetTextSignature(t: PyType): PyValue {
  if (!(t.tp_flags & TPFLAGS.HEAPTYPE)) return specOf(t)?.textSignature ?? None;
  return t.tp_doc === null ? None : (signatureFromInternalDoc(t.tp_name, t.tp_doc) ?? None);
}

function typeGetFlags(t: PyType): PyValue {
  return typeFlags(t);
}
function typeGetAbstractMethods(t: PyType): PyValue {
  const v = t !== TypeType ? t.tp_dict.getStr('__abstractmethods__') : undefined;
  if (v === undefined) throw attributeErrorFor(t, '__abstractmethods__', '__abstractmethods__');
  return v;
}
function typeSetAbstractMethods(t: PyType, v: PyValue | null): void {
  if (v === null) {
    if (t.tp_dict.findStr('__abstractmethods__') < 0) throw attributeErrorFor(t, '__abstractmethods__', '__abstractmethods__');
    t.tp_dict.delete('__abstractmethods__');
    t.tp_flags &= ~TPFLAGS.IS_ABSTRACT;
  } else {
    const abstract = PyObject_IsTrue(v);
    t.tp_dict.setStr('__abstractmethods__', v);
    if (abstract) t.tp_flags |= TPFLAGS.IS_ABSTRACT;
    else t.tp_flags &= ~TPFLAGS.IS_ABSTRACT;
  }
  PyType_Modified(t);
}

// ---- PEP 649/749: __annotate__, __annotations__ and __type_params__ of classes ----
// A class body stores its annotate function as __annotate_func__ and the computed annotations are
// cached as __annotations_cache__ (so that the class's own names do not shadow these getters);
// __annotations__ in the dict (from `from __future__ import annotations`) wins.

/** The value of a dict entry, through its descriptor's __get__ (as the class sees it). */
function classDictValue(t: PyType, v: PyValue): PyValue {
  const get = typeOf(v).tp_descr_get;
  return get === null ? v : get(v, null, t);
}

/** CPython: type_get_annotate */
function typeGetAnnotate(t: PyType): PyValue {
  if (!(t.tp_flags & TPFLAGS.HEAPTYPE)) throw attributeErrorFor(t, '__annotate__', `type object '${t.tp_name}' has no attribute '__annotate__'`);
  const dict = t.tp_dict;
  const annotate = dict.getStr('__annotate__') ?? dict.getStr('__annotate_func__');
  if (annotate !== undefined) return classDictValue(t, annotate);
  dict.setStr('__annotate_func__', None);
  return None;
}

/** CPython: type_set_annotate */
function typeSetAnnotate(t: PyType, value: PyValue | null): void {
  if (value === null) throw typeError('cannot delete __annotate__ attribute');
  if (t.tp_flags & TPFLAGS.IMMUTABLETYPE) throw typeError(`cannot set '__annotate__' attribute of immutable type '${t.tp_name}'`);
  if (value !== None && typeOf(value).tp_call === null) throw typeError('__annotate__ must be callable or None');
  t.tp_dict.setStr('__annotate_func__', value);
  if (value !== None) t.tp_dict.delete('__annotations_cache__');
  PyType_Modified(t);
}

/** CPython: type_get_annotations */
function typeGetAnnotations(t: PyType): PyValue {
  if (!(t.tp_flags & TPFLAGS.HEAPTYPE)) throw attributeErrorFor(t, '__annotations__', `type object '${t.tp_name}' has no attribute '__annotations__'`);
  const dict = t.tp_dict;
  const found = dict.getStr('__annotations__') ?? dict.getStr('__annotations_cache__');
  if (found !== undefined) return classDictValue(t, found);
  const annotate = PyObject_GetAttr(t, '__annotate__');
  let annotations: PyValue;
  if (typeOf(annotate).tp_call !== null) {
    annotations = PyObject_Call(annotate, [1], null);
    if (!(annotations instanceof PyDict)) throw typeError(`__annotate__ returned non-dict of type '${typeOf(annotations).tp_name}'`);
  } else annotations = new PyDict();
  dict.setStr('__annotations_cache__', annotations);
  PyType_Modified(t);
  return annotations;
}

/** CPython: type_set_annotations */
function typeSetAnnotations(t: PyType, value: PyValue | null): void {
  if (t.tp_flags & TPFLAGS.IMMUTABLETYPE) throw typeError(`cannot set '__annotations__' attribute of immutable type '${t.tp_name}'`);
  const dict = t.tp_dict;
  // The key named in the dict is kept up to date; otherwise only the cache changes.
  const key = dict.findStr('__annotations__') >= 0 ? '__annotations__' : '__annotations_cache__';
  if (value !== null) dict.setStr(key, value);
  else if (!dict.delete(key)) throw attributeErrorFor(t, '__annotations__', '__annotations__');
  if (key === '__annotations__') dict.delete('__annotations_cache__');
  dict.delete('__annotate_func__');
  dict.delete('__annotate__');
  PyType_Modified(t);
}

/** CPython: type_get_type_params */
function typeGetTypeParams(t: PyType): PyValue {
  if (t === TypeType) return EMPTY_TUPLE;
  return t.tp_dict.getStr('__type_params__') ?? EMPTY_TUPLE;
}

/** CPython: type_set_type_params */
function typeSetTypeParams(t: PyType, v: PyValue | null): void {
  checkSetSpecial(t, v, '__type_params__');
  t.tp_dict.setStr('__type_params__', v!);
  PyType_Modified(t);
}

function typeMro(t: PyType): PyValue {
  return new PyList(mroC3(t, t.tp_bases));
}


function typeSubclasses(t: PyType): PyValue {
  return new PyList(subclassesOf(t));
}

function typeInstancecheck(t: PyType, inst: PyValue): PyValue {
  return PyObject_RealIsInstance(inst, t);
}
function typeSubclasscheck(t: PyType, sub: PyValue): PyValue {
  return PyObject_RealIsSubclass(sub, t);
}

function typePrepare(): PyValue {
  return new PyDict();
}

function typeInit(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): void {
  const nkw = kwnames?.length ?? 0;
  const nargs = args.length - nkw;
  if (nkw && nargs === 1) throw typeError('type.__init__() takes no keyword arguments');
  if (nargs !== 1 && nargs !== 3) throw typeError('type.__init__() takes 1 or 3 arguments');
  void self;
}

function typeSizeof(): PyValue {
  return 880;
}

export const TypeType = defineBuiltinType({
  name: 'type',
  doc: 'type(object) returns the type of the object; type(name, bases, dict) creates a class.',
  flags: TPFLAGS.BASETYPE | TPFLAGS.TYPE_SUBCLASS,
  slots: {
    tp_call: type_call,
    tp_new: type_new,
    tp_init: typeInit,
    tp_repr: type_repr,
    tp_getattro: type_getattro,
    tp_setattro: type_setattro,
  },
  number: { nb_or: unionTypeOr },
  methods: {
    mro: { sig: '($self, /)', impl: typeMro },
    __subclasses__: { sig: '($self, /)', impl: typeSubclasses },
    __instancecheck__: { sig: '($self, instance, /)', impl: typeInstancecheck },
    __subclasscheck__: { sig: '($self, subclass, /)', impl: typeSubclasscheck },
    __prepare__: { sig: '($cls, name, bases, /, **kwds)', callSig: '($cls, /, *args, **kwds)', impl: typePrepare, kind: 'classmethod' },
    __sizeof__: { sig: '($self, /)', impl: typeSizeof },
    __dir__: { sig: '($self, /)', impl: typeDir, doc: 'Specialized __dir__ implementation for types.' },
  },
  members: {
    __basicsize__: { get: (t: PyType) => typeSizes(t)[0] },
    __itemsize__: { get: (t: PyType) => typeSizes(t)[1] },
    __flags__: { get: typeGetFlags },
    __weakrefoffset__: { get: (t: PyType) => typeSizes(t)[2] },
    __base__: { get: typeGetBase },
    __dictoffset__: { get: (t: PyType) => typeSizes(t)[3] },
  },
  getset: {
    __name__: { get: typeGetName, set: typeSetName },
    __qualname__: { get: typeGetQualname, set: typeSetQualname },
    __bases__: { get: typeGetBases, set: typeSetBases },
    __mro__: { get: typeGetMro },
    __module__: { get: typeGetModule, set: typeSetModule },
    __dict__: { get: typeGetDict },
    __doc__: { get: typeGetDoc, set: typeSetDoc },
    __abstractmethods__: { get: typeGetAbstractMethods, set: typeSetAbstractMethods },
    __text_signature__: { get: typeGetTextSignature },
    __annotations__: { get: typeGetAnnotations, set: typeSetAnnotations },
    __annotate__: { get: typeGetAnnotate, set: typeSetAnnotate },
    __type_params__: { get: typeGetTypeParams, set: typeSetTypeParams },
  },
  attrs: () => ({}),
});

registerCoreTypes(ObjectType, TypeType);

/** object.__getattribute__ (slot logic recognises classes that keep it). */
export function objectGetattribute(): PyValue | undefined {
  return ObjectType.tp_dict.getStr('__getattribute__');
}

/** type[key]: __class_getitem__.  CPython: PyObject_GetItem's type branch */
export function typeSubscript(t: PyType, key: PyValue): PyValue {
  if (t === TypeType) return Py_GenericAlias(t, key);
  const m = PyObject_LookupAttr(t, '__class_getitem__');
  if (m !== undefined && m !== None) return PyObject_Call(m, [key], null);
  throw typeError(`type '${t.tp_name}' is not subscriptable`);
}


/**
 * The tp_new a class's `__new__` attribute stands for when it is a builtin type's __new__ (so that
 * `class L(list)` gets list's tp_new directly), or null when __new__ is Python code.
 */
export function newFromBuiltin(type: PyType, descr: PyValue): unknown {
  if (descr instanceof PyCFunction && descr.m_self instanceof PyType && descr.name === '__new__') {
    // As CPython's update_one_slot: the tp_new the class already has (from its layout base), not
    // necessarily the __new__ owner's (class E(Exception, BaseExceptionGroup) creates groups).
    if (PyType_IsSubtype(type, descr.m_self)) return type.tp_new;
  }
  return null;
}

/** The `__new__` attribute every builtin type with a tp_new gets.  CPython: tp_new_wrapper */
export function makeNewWrapper(type: PyType): PyValue {
  const impl: NativeImpl = ((self: PyType, args: PyValue[], kwargs: PyDict | null) => tpNewWrapper(self, args, kwargs)) as NativeImpl;
  const sig = parseSignature('($type, *args, **kwargs)');
  return new PyCFunction('__new__', `${type.name}.__new__`, sig, { short: '__new__', funcStr: `${type.name}.__new__()` }, impl, type, null, null);
}

function tpNewWrapper(self: PyType, args: PyValue[], kwargs: PyDict | null): PyValue {
  if (args.length < 1) throw typeError(`${self.tp_name}.__new__(): not enough arguments`);
  const subtype = args[0];
  if (!(subtype instanceof PyType)) throw typeError(`${self.tp_name}.__new__(X): X is not a type object (${typeOf(subtype).tp_name})`);
  if (!PyType_IsSubtype(subtype, self)) {
    throw typeError(`${self.tp_name}.__new__(${subtype.tp_name}): ${subtype.tp_name} is not a subtype of ${self.tp_name}`);
  }
  // The most derived builtin base of subtype must use self's tp_new.
  let staticbase: PyType | null = subtype;
  while (staticbase !== null && staticbase.tp_new === slot_tp_new) staticbase = staticbase.tp_base;
  if (staticbase !== null && staticbase.tp_new !== self.tp_new) {
    if (staticbase.tp_new === null) throw typeError(`cannot create '${subtype.tp_name}' instances`);
    throw typeError(`${self.tp_name}.__new__(${subtype.tp_name}) is not safe, use ${staticbase.tp_name}.__new__()`);
  }
  const rest = args.slice(1);
  let kwnames: string[] | null = null;
  if (kwargs !== null && kwargs.size > 0) {
    kwnames = [];
    for (let i = kwargs.next(0); i >= 0; i = kwargs.next(i + 1)) {
      kwnames.push(strValue(kwargs.keys[i]));
      rest.push(kwargs.values[i]);
    }
  }
  return self.tp_new!(subtype, rest, kwnames);
}
