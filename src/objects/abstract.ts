// The abstract object API: operations on any Python value through its type's slots.
// CPython: Objects/abstract.c, Objects/object.c, Objects/call.c
//
// These keep CPython's contracts, except that errors are thrown. The fast paths for the commonest
// representations (JS numbers, strings, booleans) come first; everything else goes through slots.

import { None, NotImplemented, PyObject, type PyIntValue, type PyValue } from './object.ts';
import { CompareOp, PyType, PyType_IsSubtype, TPFLAGS, typeOf, type BinaryFunc, type SlotName } from './type.ts';
import { PyFloat } from './float.ts';
import { PyTuple } from './tuple.ts';
import { hashHi, splitHash, smallIntHashParts, strHashParts, TupleHasher, hashToInt, cachedHashParts } from './hash.ts';
import type { PrimToken } from './dict.ts';
import { PyIntBox, PyStrBox } from './boxes.ts';
import { FloatType } from './float.ts';
import { IntType } from './int.ts';
import { StrType } from './str/index.ts';
import { typeError, indexError, overflowError, exceptionMatches, PyExc_StopIteration, PyExc_AttributeError, PyExc_TypeError, PyAttributeError } from './exceptions.ts';
import { enterRecursiveCall, leaveRecursiveCall } from './recursion.ts';
import { TupleType } from './tuple.ts';
import { cpLength } from './str/codepoints.ts';
import { typeSubscript } from './typeobject.ts';
import { PySeqIterObject } from './iterobject.ts';

// ---- hashing ----

/** Raises TypeError: the object has no __hash__.  CPython: PyObject_HashNotImplemented */
export function PyObject_HashNotImplemented(v: PyValue): PyIntValue {
  throw typeError(`unhashable type: '${typeOf(v).tp_name}'`);
}

/** hash(v) as its two 32-bit halves: returns the low half and leaves the high half in hashHi. */
export function PyObject_HashParts(v: PyValue): number {
  switch (typeof v) {
    case 'string':
      return strHashParts(v);
    case 'number':
      return smallIntHashParts(v);
    case 'boolean':
      return smallIntHashParts(v ? 1 : 0);
  }
  if (v instanceof PyTuple && v.ob_type === TupleType) return tupleHashParts(v);
  const t = typeOf(v);
  const h = t.tp_hash;
  if (h === null) return splitHash(PyObject_HashNotImplemented(v));
  return splitHash(h(v));
}


/** hash(tuple).  CPython: Objects/tupleobject.c tuple_hash */
export function tupleHashParts(t: PyTuple): number {
  if (t.hashLo !== -1 || t.hashHi !== -1) return cachedHashParts(t.hashLo, t.hashHi);
  const h = new TupleHasher();
  const items = t.items;
  for (let i = 0; i < items.length; i++) {
    const lo = PyObject_HashParts(items[i]);
    h.add(lo, hashHi);
  }
  const lo = h.finish(items.length);
  t.hashLo = lo;
  t.hashHi = hashHi;
  return lo;
}

/** hash(v).  CPython: PyObject_Hash */
export function PyObject_Hash(v: PyValue): PyIntValue {
  switch (typeof v) {
    case 'number':
      return v === -1 ? -2 : v;
    case 'boolean':
      return v ? 1 : 0;
    case 'string': {
      const lo = strHashParts(v);
      return hashToInt(lo, hashHi);
    }
  }
  const lo = PyObject_HashParts(v);
  return hashToInt(lo, hashHi);
}

/** The dict token of an int/str/float box whose type keeps the base type's __eq__ and __hash__. */
export function primTokenOfBox(k: PyValue): PrimToken | undefined {
  if (typeof k !== 'object') return undefined;
  if (k instanceof PyFloat) {
    const t = k.ob_type;
    if (t !== FloatType && (t.tp_richcompare !== FloatType.tp_richcompare || t.tp_hash !== FloatType.tp_hash)) return undefined;
    const v = k.value;
    if (v !== v) return undefined;
    if (Number.isInteger(v) && (v > Number.MAX_SAFE_INTEGER || v < -Number.MAX_SAFE_INTEGER)) return BigInt(v);
    return v + 0;
  }
  if (k instanceof PyStrBox) {
    const t = k.ob_type;
    return t.tp_richcompare === StrType.tp_richcompare && t.tp_hash === StrType.tp_hash ? k.value : undefined;
  }
  if (k instanceof PyIntBox) {
    const t = k.ob_type;
    return t.tp_richcompare === IntType.tp_richcompare && t.tp_hash === IntType.tp_hash ? k.value : undefined;
  }
  return undefined;
}


// ---- repr and str ----

/** repr(v).  CPython: PyObject_Repr */
export function PyObject_Repr(v: PyValue): string {
  const f = typeOf(v).tp_repr;
  if (f === null) return `<${typeOf(v).tp_name} object>`;
  enterRecursiveCall(' while getting the repr of an object');
  try {
    return f(v);
  } finally {
    leaveRecursiveCall();
  }
}

/** str(v).  CPython: PyObject_Str */
export function PyObject_Str(v: PyValue): string {
  if (typeof v === 'string') return v;
  const f = typeOf(v).tp_str;
  if (f === null) return PyObject_Repr(v);
  enterRecursiveCall(' while getting the str of an object');
  try {
    return f(v);
  } finally {
    leaveRecursiveCall();
  }
}

// ---- comparison ----

const SWAPPED_OP = [CompareOp.GT, CompareOp.GE, CompareOp.EQ, CompareOp.NE, CompareOp.LT, CompareOp.LE];
const OP_STRINGS = ['<', '<=', '==', '!=', '>', '>='];

/** a <op> b.  CPython: Objects/object.c do_richcompare */
export function PyObject_RichCompare(v: PyValue, w: PyValue, op: CompareOp): PyValue {
  enterRecursiveCall(' in comparison');
  try {
    return doRichCompare(v, w, op);
  } finally {
    leaveRecursiveCall();
  }
}

function doRichCompare(v: PyValue, w: PyValue, op: CompareOp): PyValue {
  const vt = typeOf(v);
  const wt = typeOf(w);
  let checkedReverse = false;
  if (vt !== wt && PyType_IsSubtype(wt, vt)) {
    const f = wt.tp_richcompare;
    if (f !== null) {
      checkedReverse = true;
      const r = f(w, v, SWAPPED_OP[op]);
      if (r !== NotImplemented) return r;
    }
  }
  const f = vt.tp_richcompare;
  if (f !== null) {
    const r = f(v, w, op);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReverse) {
    const g = wt.tp_richcompare;
    if (g !== null) {
      const r = g(w, v, SWAPPED_OP[op]);
      if (r !== NotImplemented) return r;
    }
  }
  switch (op) {
    case CompareOp.EQ:
      return v === w;
    case CompareOp.NE:
      return v !== w;
  }
  throw typeError(`'${OP_STRINGS[op]}' not supported between instances of '${vt.tp_name}' and '${wt.tp_name}'`);
}

/** The truth of a <op> b; identity implies equality.  CPython: PyObject_RichCompareBool */
export function PyObject_RichCompareBool(v: PyValue, w: PyValue, op: CompareOp): boolean {
  if (v === w) {
    if (op === CompareOp.EQ) return true;
    if (op === CompareOp.NE) return false;
  }
  const r = PyObject_RichCompare(v, w, op);
  return r === true ? true : r === false ? false : PyObject_IsTrue(r);
}

/** v == w as a boolean (identity first). */
export function PyObject_EqualBool(v: PyValue, w: PyValue): boolean {
  if (v === w) return true;
  if (typeof v === 'string' && typeof w === 'string') return false;
  if (typeof v === 'number' && typeof w === 'number') return false;
  return PyObject_RichCompareBool(v, w, CompareOp.EQ);
}

// ---- truth ----

/** bool(v).  CPython: PyObject_IsTrue */
export function PyObject_IsTrue(v: PyValue): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length !== 0;
    case 'bigint':
      return v !== 0n;
  }
  if (v === None) return false;
  const t = v.ob_type;
  if (t.nb_bool !== null) return t.nb_bool(v);
  if (t.mp_length !== null) return t.mp_length(v) !== 0;
  if (t.sq_length !== null) return t.sq_length(v) !== 0;
  return true;
}

// ---- attributes ----

/** getattr(v, name).  CPython: PyObject_GetAttr */
export function PyObject_GetAttr(v: PyValue, name: string): PyValue {
  const t = typeOf(v);
  const f = t.tp_getattro;
  if (f === null) throw typeError(`'${t.tp_name}' object has no attribute '${name}'`);
  try {
    return f(v, name, false)!;
  } catch (e) {
    if (e instanceof PyAttributeError) setAttributeErrorContext(e, v, name);
    throw e;
  }
}

/**
 * An AttributeError coming out of an attribute lookup (a __getattr__ or a property raising it
 * bare) gets the lookup's name and object, for the "Did you mean" suggestions, unless it has them.
 * CPython: Objects/object.c set_attribute_error_context
 */
function setAttributeErrorContext(e: PyAttributeError, v: PyValue, name: string): void {
  if (e.name !== undefined || e.obj !== undefined) return;
  e.name = name;
  e.obj = v;
}

/** getattr(v, name) or undefined if it raises AttributeError.  CPython: PyObject_GetOptionalAttr */
export function PyObject_LookupAttr(v: PyValue, name: string): PyValue | undefined {
  const f = typeOf(v).tp_getattro;
  if (f === null) return undefined;
  try {
    return f(v, name, true);
  } catch (e) {
    if (exceptionMatches(e as PyValue, PyExc_AttributeError)) return undefined;
    throw e;
  }
}

/** setattr(v, name, value), or delattr when value is null.  CPython: PyObject_SetAttr */
export function PyObject_SetAttr(v: PyValue, name: string, value: PyValue | null): void {
  const t = typeOf(v);
  const f = t.tp_setattro;
  if (f !== null) {
    f(v, name, value);
    return;
  }
  if (t.tp_getattro === null) throw typeError(`'${t.tp_name}' object has no attributes (${value === null ? 'del' : 'assign to'} .${name})`);
  throw typeError(`'${t.tp_name}' object has only read-only attributes (${value === null ? 'del' : 'assign to'} .${name})`);
}

/** The checked attribute-name argument of getattr/setattr/delattr/hasattr. */
export function attrName(name: PyValue): string {
  if (typeof name === 'string') return name;
  if (name instanceof PyStrBox) return name.value;
  throw typeError(`attribute name must be string, not '${typeOf(name).tp_name}'`);
}

// ---- calls ----

/** callable(*args, **kw) in vectorcall form: keyword values follow the positional ones.  CPython: PyObject_Vectorcall */
export function PyObject_Call(callable: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null = null): PyValue {
  const t = typeOf(callable);
  const f = t.tp_call;
  if (f === null) throw typeError(`'${t.tp_name}' object is not callable`);
  enterRecursiveCall(' while calling a Python object');
  try {
    return f(callable, args, kwnames);
  } finally {
    leaveRecursiveCall();
  }
}

export function PyObject_CallNoArgs(callable: PyValue): PyValue {
  return PyObject_Call(callable, [], null);
}

export function PyObject_CallOneArg(callable: PyValue, arg: PyValue): PyValue {
  return PyObject_Call(callable, [arg], null);
}

/** Looks up `name` on type(self) (not the instance) and calls it with self: how CPython calls dunders. */
export function lookupSpecial(self: PyValue, name: string): PyValue | null {
  const t = typeOf(self);
  const attr = lookupOnType(t, name);
  if (attr === null) return null;
  const get = typeOf(attr).tp_descr_get;
  return get === null ? attr : get(attr, self, t);
}

import { _PyType_Lookup as lookupOnType } from './type.ts';

/** Calls method `name` of self found on its type, or returns undefined if there is none.  CPython: vectorcall_maybe */
export function callSpecialMaybe(self: PyValue, name: string, args: readonly PyValue[]): PyValue | undefined {
  const m = lookupSpecial(self, name);
  if (m === null) return undefined;
  return PyObject_Call(m, args, null);
}

/** Calls obj.name(*args).  CPython: PyObject_CallMethod */
export function PyObject_CallMethod(obj: PyValue, name: string, args: readonly PyValue[], kwnames: readonly string[] | null = null): PyValue {
  return PyObject_Call(PyObject_GetAttr(obj, name), args, kwnames);
}

// ---- items and length ----

export function PyObject_Length(v: PyValue): number {
  if (typeof v === 'string') return cpLength(v);
  const t = typeOf(v);
  if (t.sq_length !== null) return t.sq_length(v);
  if (t.mp_length !== null) return t.mp_length(v);
  throw typeError(`object of type '${t.tp_name}' has no len()`);
}

// Length slots return JS numbers, exact up to 2**53; a C ssize_t goes to 2**63 - 1 (a range can be
// that long, and so can what a Python __len__ returns).  A slot with a longer length returns it as
// bigLength(n), which keeps the exact value for the Python-visible results (len(), __len__) to take.
let exactBigLength: bigint | null = null;

/** A length beyond 2**53 as a length slot returns it. */
export function bigLength(n: bigint): number {
  exactBigLength = n;
  return Number(n);
}

/** A length slot's result as a Python int, exact beyond 2**53. */
export function lengthResult(n: number): PyIntValue {
  return n <= Number.MAX_SAFE_INTEGER ? n : exactLength(n);
}

function exactLength(n: number): PyIntValue {
  const e = exactBigLength;
  exactBigLength = null;
  return e !== null && Number(e) === n ? e : BigInt(n);
}

/** len(v).  CPython: builtin_len */
export function builtinLen(v: PyValue): PyIntValue {
  const n = PyObject_Length(v);
  return n <= Number.MAX_SAFE_INTEGER ? n : exactLength(n);
}


function isIndex(v: PyValue): boolean {
  const tv = typeof v;
  return tv === 'number' || tv === 'bigint' || tv === 'boolean' || typeOf(v).nb_index !== null;
}

/** v[key].  CPython: PyObject_GetItem */
export function PyObject_GetItem(o: PyValue, key: PyValue): PyValue {
  const t = typeOf(o);
  if (t.mp_subscript !== null) return t.mp_subscript(o, key);
  if (t.sq_item !== null) {
    if (isIndex(key)) return PySequence_GetItem(o, PyNumber_AsSsize_t(key, true));
    throw typeError(`sequence index must be integer, not '${typeOf(key).tp_name}'`);
  }
  if (o instanceof PyType) return typeSubscript(o, key);
  throw typeError(`'${t.tp_name}' object is not subscriptable`);
}


/** o[key] = value, or del o[key] when value is null.  CPython: PyObject_SetItem, PyObject_DelItem */
export function PyObject_SetItem(o: PyValue, key: PyValue, value: PyValue | null): void {
  const t = typeOf(o);
  if (t.mp_ass_subscript !== null) {
    t.mp_ass_subscript(o, key, value);
    return;
  }
  if (t.sq_item !== null || t.sq_ass_item !== null) {
    if (isIndex(key)) {
      PySequence_SetItem(o, PyNumber_AsSsize_t(key, true), value);
      return;
    }
    if (t.sq_ass_item !== null) throw typeError(`sequence index must be integer, not '${typeOf(key).tp_name}'`);
  }
  if (value === null) throw typeError(`'${t.tp_name}' object does not support item deletion`);
  throw typeError(`'${t.tp_name}' object does not support item assignment`);
}

export function PySequence_GetItem(o: PyValue, i: number): PyValue {
  const t = typeOf(o);
  if (t.sq_item !== null) {
    if (i < 0 && t.sq_length !== null) i += t.sq_length(o);
    return t.sq_item(o, i);
  }
  if (t.mp_subscript !== null) throw typeError(`${t.tp_name} is not a sequence`);
  throw typeError(`'${t.tp_name}' object does not support indexing`);
}

export function PySequence_SetItem(o: PyValue, i: number, value: PyValue | null): void {
  const t = typeOf(o);
  if (t.sq_ass_item !== null) {
    if (i < 0 && t.sq_length !== null) i += t.sq_length(o);
    t.sq_ass_item(o, i, value);
    return;
  }
  if (value === null) throw typeError(`'${t.tp_name}' object doesn't support item deletion`);
  throw typeError(`'${t.tp_name}' object does not support item assignment`);
}

/** `value in o`.  CPython: PySequence_Contains */
export function PySequence_Contains(o: PyValue, value: PyValue): boolean {
  const t = typeOf(o);
  if (t.sq_contains !== null) return t.sq_contains(o, value);
  // CPython: _PySequence_IterSearch (PY_ITERSEARCH_CONTAINS)
  let it: PyValue;
  try {
    it = PyObject_GetIter(o);
  } catch (e) {
    if (e instanceof PyObject && exceptionMatches(e, PyExc_TypeError)) {
      throw typeError(`argument of type '${t.tp_name}' is not a container or iterable`);
    }
    throw e;
  }
  for (let x = PyIter_Next(it); x !== undefined; x = PyIter_Next(it)) {
    if (PyObject_EqualBool(x, value)) return true;
  }
  return false;
}

// ---- iteration ----


/** iter(v).  CPython: PyObject_GetIter */
export function PyObject_GetIter(v: PyValue): PyValue {
  const t = typeOf(v);
  const f = t.tp_iter;
  if (f === null) {
    if (t.sq_item !== null) return new PySeqIterObject(v);
    throw typeError(`'${t.tp_name}' object is not iterable`);
  }
  const it = f(v);
  if (typeOf(it).tp_iternext === null) throw typeError(`iter() returned non-iterator of type '${typeOf(it).tp_name}'`);
  return it;
}

/**
 * next(it), or undefined when exhausted. tp_iternext signals the end by returning undefined or, as
 * in CPython, by raising StopIteration (a generator returning a value does); both mean exhausted
 * here. Call tp_iternext directly only where you handle that.  CPython: PyIter_Next
 */
export function PyIter_Next(it: PyValue): PyValue | undefined {
  const f = typeOf(it).tp_iternext!;
  try {
    return f(it);
  } catch (e) {
    if (isStopIteration(e)) return undefined;
    throw e;
  }
}

/** Collects an iterable into a JS array (list(v) without the list). */
export function iterableToArray(v: PyValue): PyValue[] {
  // Only an exact tuple: a subclass may define its own __iter__ (CPython: PyTuple_CheckExact).
  if (v instanceof PyTuple && v.ob_type === TupleType) return v.items.slice();
  const it = PyObject_GetIter(v);
  const next = typeOf(it).tp_iternext!;
  const out: PyValue[] = [];
  try {
    for (let x = next(it); x !== undefined; x = next(it)) out.push(x);
  } catch (e) {
    if (!isStopIteration(e)) throw e;
  }
  return out;
}

// ---- isinstance and issubclass ----

/** isinstance without __instancecheck__: by type, then by __class__.  CPython: object_isinstance */
export function PyObject_RealIsInstance(inst: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType) {
    if (PyType_IsSubtype(typeOf(inst), cls)) return true;
    const c = PyObject_LookupAttr(inst, '__class__');
    return c !== undefined && c !== typeOf(inst) && c instanceof PyType && PyType_IsSubtype(c, cls);
  }
  checkClass(cls, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
  const c = PyObject_LookupAttr(inst, '__class__');
  return c !== undefined && abstractIsSubclass(c, cls);
}

/** issubclass without __subclasscheck__.  CPython: recursive_issubclass */
export function PyObject_RealIsSubclass(derived: PyValue, cls: PyValue): boolean {
  if (derived instanceof PyType && cls instanceof PyType) return PyType_IsSubtype(derived, cls);
  checkClass(derived, 'issubclass() arg 1 must be a class');
  checkClass(cls, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return abstractIsSubclass(derived, cls);
}

function abstractBases(cls: PyValue): PyTuple | null {
  const b = PyObject_LookupAttr(cls, '__bases__');
  return b instanceof PyTuple ? b : null;
}

function checkClass(cls: PyValue, msg: string): void {
  if (!(cls instanceof PyType) && abstractBases(cls) === null) throw typeError(msg);
}

function abstractIsSubclass(derived: PyValue, cls: PyValue): boolean {
  for (;;) {
    if (derived === cls) return true;
    const bases = abstractBases(derived);
    if (bases === null || bases.items.length === 0) return false;
    if (bases.items.length === 1) {
      derived = bases.items[0];
      continue;
    }
    for (const b of bases.items) if (abstractIsSubclass(b, cls)) return true;
    return false;
  }
}

/** int | str: a typing.Union (unionobject.ts), tested by type name to keep this module's imports.  CPython: _PyUnion_Check */
function isUnion(cls: PyValue): boolean {
  return typeof cls === 'object' && cls.ob_type.tp_name === 'typing.Union' && !(cls.ob_type.tp_flags & TPFLAGS.HEAPTYPE);
}

/** isinstance(inst, cls), with tuples, unions and __instancecheck__.  CPython: PyObject_IsInstance */
export function PyObject_IsInstance(inst: PyValue, cls: PyValue): boolean {
  if (typeOf(inst) === cls) return true;
  // A class whose metaclass is type itself: no __instancecheck__ to look up.  CPython: PyType_CheckExact(cls)
  if (cls instanceof PyType && cls.ob_type === cls.ob_type.ob_type) return PyObject_RealIsInstance(inst, cls);
  if (isUnion(cls)) cls = PyObject_GetAttr(cls, '__args__');
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (PyObject_IsInstance(inst, c)) return true;
    return false;
  }
  const checker = lookupSpecial(cls, '__instancecheck__');
  if (checker !== null) {
    enterRecursiveCall(' in __instancecheck__');
    try {
      return PyObject_IsTrue(PyObject_Call(checker, [inst], null));
    } finally {
      leaveRecursiveCall();
    }
  }
  return PyObject_RealIsInstance(inst, cls);
}

/** issubclass(derived, cls).  CPython: PyObject_IsSubclass */
export function PyObject_IsSubclass(derived: PyValue, cls: PyValue): boolean {
  if (isUnion(cls)) cls = PyObject_GetAttr(cls, '__args__');
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (PyObject_IsSubclass(derived, c)) return true;
    return false;
  }
  const checker = lookupSpecial(cls, '__subclasscheck__');
  if (checker !== null) {
    enterRecursiveCall(' in __subclasscheck__');
    try {
      return PyObject_IsTrue(PyObject_Call(checker, [derived], null));
    } finally {
      leaveRecursiveCall();
    }
  }
  return PyObject_RealIsSubclass(derived, cls);
}

/** StopIteration raised by a Python-level __next__ ends the iteration: used by slot_tp_iternext. */
export function isStopIteration(e: unknown): boolean {
  return e instanceof PyObject && exceptionMatches(e, PyExc_StopIteration);
}

// ---- numbers ----

export type NbSlot = SlotName & `nb_${string}`;

/** v OP w by the number slots alone (NotImplemented when neither operand has it).  CPython: binary_op1 */
export function binaryOp1(v: PyValue, w: PyValue, slot: NbSlot): PyValue {
  return binarySlots(v, w, typeOf(v)[slot] as BinaryFunc | null, typeOf(w)[slot] as BinaryFunc | null);
}

/**
 * binary_op1 with the slot of v's type and of w's type already fetched: each operator fetches its
 * own (a load of a known field; a field named by a variable is a slow keyed load).
 */
function binarySlots(v: PyValue, w: PyValue, slotv: BinaryFunc | null, slotw: BinaryFunc | null): PyValue {
  if (slotw === slotv) slotw = null;
  if (slotv !== null) {
    if (slotw !== null && PyType_IsSubtype(typeOf(w), typeOf(v))) {
      const x = slotw(v, w);
      if (x !== NotImplemented) return x;
      slotw = null;
    }
    const x = slotv(v, w);
    if (x !== NotImplemented) return x;
  }
  if (slotw !== null) {
    const x = slotw(v, w);
    if (x !== NotImplemented) return x;
  }
  return NotImplemented;
}

function binopTypeError(v: PyValue, w: PyValue, opName: string): PyObject {
  return typeError(`unsupported operand type(s) for ${opName}: '${typeOf(v).tp_name}' and '${typeOf(w).tp_name}'`);
}

function binaryOp(v: PyValue, w: PyValue, slotv: BinaryFunc | null, slotw: BinaryFunc | null, opName: string): PyValue {
  const r = binarySlots(v, w, slotv, slotw);
  if (r === NotImplemented) throw binopTypeError(v, w, opName);
  return r;
}

/** The in-place slot, else binary_op1.  CPython: binary_iop1 */
export function binaryIOp1(v: PyValue, w: PyValue, islot: NbSlot, slot: NbSlot): PyValue {
  return binaryISlots(v, w, typeOf(v)[islot] as BinaryFunc | null, typeOf(v)[slot] as BinaryFunc | null, typeOf(w)[slot] as BinaryFunc | null);
}

/** binary_iop1 with the slots fetched: v's in-place slot, then binary_op1's. */
function binaryISlots(v: PyValue, w: PyValue, islot: BinaryFunc | null, slotv: BinaryFunc | null, slotw: BinaryFunc | null): PyValue {
  if (islot !== null) {
    const x = islot(v, w);
    if (x !== NotImplemented) return x;
  }
  return binarySlots(v, w, slotv, slotw);
}

function binaryIOp(v: PyValue, w: PyValue, islot: BinaryFunc | null, slotv: BinaryFunc | null, slotw: BinaryFunc | null, opName: string): PyValue {
  const r = binaryISlots(v, w, islot, slotv, slotw);
  if (r === NotImplemented) throw binopTypeError(v, w, opName);
  return r;
}

function sequenceRepeat(repeat: (s: PyValue, n: number) => PyValue, seq: PyValue, n: PyValue): PyValue {
  if (!isIndex(n)) throw typeError(`can't multiply sequence by non-int of type '${typeOf(n).tp_name}'`);
  return repeat(seq, PyNumber_AsSsize_t(n, false, true));
}

export function PyNumber_Add(v: PyValue, w: PyValue): PyValue {
  const vt = typeOf(v);
  const r = binarySlots(v, w, vt.nb_add, typeOf(w).nb_add);
  if (r !== NotImplemented) return r;
  const concat = vt.sq_concat;
  if (concat !== null) return concat(v, w);
  throw binopTypeError(v, w, '+');
}

export function PyNumber_Multiply(v: PyValue, w: PyValue): PyValue {
  const r = binarySlots(v, w, typeOf(v).nb_multiply, typeOf(w).nb_multiply);
  if (r !== NotImplemented) return r;
  const rv = typeOf(v).sq_repeat;
  if (rv !== null) return sequenceRepeat(rv, v, w);
  const rw = typeOf(w).sq_repeat;
  if (rw !== null) return sequenceRepeat(rw, w, v);
  throw binopTypeError(v, w, '*');
}

export const PyNumber_Subtract = (v: PyValue, w: PyValue): PyValue => binaryOp(v, w, typeOf(v).nb_subtract, typeOf(w).nb_subtract, '-');
export const PyNumber_TrueDivide = (v: PyValue, w: PyValue): PyValue => binaryOp(v, w, typeOf(v).nb_true_divide, typeOf(w).nb_true_divide, '/');
export const PyNumber_FloorDivide = (v: PyValue, w: PyValue): PyValue => binaryOp(v, w, typeOf(v).nb_floor_divide, typeOf(w).nb_floor_divide, '//');
export const PyNumber_Remainder = (v: PyValue, w: PyValue): PyValue => binaryOp(v, w, typeOf(v).nb_remainder, typeOf(w).nb_remainder, '%');
export const PyNumber_Divmod = (v: PyValue, w: PyValue): PyValue => binaryOp(v, w, typeOf(v).nb_divmod, typeOf(w).nb_divmod, 'divmod()');
export const PyNumber_Lshift = (v: PyValue, w: PyValue): PyValue => binaryOp(v, w, typeOf(v).nb_lshift, typeOf(w).nb_lshift, '<<');
export const PyNumber_Rshift = (v: PyValue, w: PyValue): PyValue => binaryOp(v, w, typeOf(v).nb_rshift, typeOf(w).nb_rshift, '>>');
export const PyNumber_And = (v: PyValue, w: PyValue): PyValue => binaryOp(v, w, typeOf(v).nb_and, typeOf(w).nb_and, '&');
export const PyNumber_Xor = (v: PyValue, w: PyValue): PyValue => binaryOp(v, w, typeOf(v).nb_xor, typeOf(w).nb_xor, '^');
export const PyNumber_Or = (v: PyValue, w: PyValue): PyValue => binaryOp(v, w, typeOf(v).nb_or, typeOf(w).nb_or, '|');
export const PyNumber_MatrixMultiply = (v: PyValue, w: PyValue): PyValue => binaryOp(v, w, typeOf(v).nb_matrix_multiply, typeOf(w).nb_matrix_multiply, '@');

/** pow(v, w, z) with z None for the two-argument form.  CPython: ternary_op */
export function PyNumber_Power(v: PyValue, w: PyValue, z: PyValue = None): PyValue {
  return ternaryOp(v, w, z, z === None ? '** or pow()' : 'pow()');
}

function ternaryOp(v: PyValue, w: PyValue, z: PyValue, opName: string): PyValue {
  const vt = typeOf(v);
  const wt = typeOf(w);
  const slotv = vt.nb_power;
  let slotw = wt !== vt ? wt.nb_power : null;
  if (slotw === slotv) slotw = null;
  if (slotv !== null) {
    if (slotw !== null && PyType_IsSubtype(wt, vt)) {
      const x = slotw(v, w, z);
      if (x !== NotImplemented) return x;
      slotw = null;
    }
    const x = slotv(v, w, z);
    if (x !== NotImplemented) return x;
  }
  if (slotw !== null) {
    const x = slotw(v, w, z);
    if (x !== NotImplemented) return x;
  }
  if (z !== None) {
    const zt = typeOf(z);
    const slotz = zt.nb_power;
    if (slotz !== null && slotz !== slotv && slotz !== slotw) {
      const x = slotz(v, w, z);
      if (x !== NotImplemented) return x;
    }
    throw typeError(`unsupported operand type(s) for ${opName}: '${vt.tp_name}', '${wt.tp_name}', '${typeOf(z).tp_name}'`);
  }
  throw typeError(`unsupported operand type(s) for ${opName}: '${vt.tp_name}' and '${wt.tp_name}'`);
}

export function PyNumber_InPlaceAdd(v: PyValue, w: PyValue): PyValue {
  const t = typeOf(v);
  const r = binaryISlots(v, w, t.nb_inplace_add, t.nb_add, typeOf(w).nb_add);
  if (r !== NotImplemented) return r;
  if (t.sq_inplace_concat !== null) return t.sq_inplace_concat(v, w);
  if (t.sq_concat !== null) return t.sq_concat(v, w);
  throw binopTypeError(v, w, '+=');
}

export function PyNumber_InPlaceMultiply(v: PyValue, w: PyValue): PyValue {
  const vt = typeOf(v);
  const r = binaryISlots(v, w, vt.nb_inplace_multiply, vt.nb_multiply, typeOf(w).nb_multiply);
  if (r !== NotImplemented) return r;
  const rep = vt.sq_inplace_repeat ?? vt.sq_repeat;
  if (rep !== null) return sequenceRepeat(rep, v, w);
  const rw = typeOf(w).sq_repeat;
  if (rw !== null) return sequenceRepeat(rw, w, v);
  throw binopTypeError(v, w, '*=');
}

export const PyNumber_InPlaceSubtract = (v: PyValue, w: PyValue): PyValue =>
  binaryIOp(v, w, typeOf(v).nb_inplace_subtract, typeOf(v).nb_subtract, typeOf(w).nb_subtract, '-=');
export const PyNumber_InPlaceTrueDivide = (v: PyValue, w: PyValue): PyValue =>
  binaryIOp(v, w, typeOf(v).nb_inplace_true_divide, typeOf(v).nb_true_divide, typeOf(w).nb_true_divide, '/=');
export const PyNumber_InPlaceFloorDivide = (v: PyValue, w: PyValue): PyValue =>
  binaryIOp(v, w, typeOf(v).nb_inplace_floor_divide, typeOf(v).nb_floor_divide, typeOf(w).nb_floor_divide, '//=');
export const PyNumber_InPlaceRemainder = (v: PyValue, w: PyValue): PyValue =>
  binaryIOp(v, w, typeOf(v).nb_inplace_remainder, typeOf(v).nb_remainder, typeOf(w).nb_remainder, '%=');
export const PyNumber_InPlaceLshift = (v: PyValue, w: PyValue): PyValue =>
  binaryIOp(v, w, typeOf(v).nb_inplace_lshift, typeOf(v).nb_lshift, typeOf(w).nb_lshift, '<<=');
export const PyNumber_InPlaceRshift = (v: PyValue, w: PyValue): PyValue =>
  binaryIOp(v, w, typeOf(v).nb_inplace_rshift, typeOf(v).nb_rshift, typeOf(w).nb_rshift, '>>=');
export const PyNumber_InPlaceAnd = (v: PyValue, w: PyValue): PyValue =>
  binaryIOp(v, w, typeOf(v).nb_inplace_and, typeOf(v).nb_and, typeOf(w).nb_and, '&=');
export const PyNumber_InPlaceXor = (v: PyValue, w: PyValue): PyValue =>
  binaryIOp(v, w, typeOf(v).nb_inplace_xor, typeOf(v).nb_xor, typeOf(w).nb_xor, '^=');
export const PyNumber_InPlaceOr = (v: PyValue, w: PyValue): PyValue =>
  binaryIOp(v, w, typeOf(v).nb_inplace_or, typeOf(v).nb_or, typeOf(w).nb_or, '|=');
export const PyNumber_InPlaceMatrixMultiply = (v: PyValue, w: PyValue): PyValue =>
  binaryIOp(v, w, typeOf(v).nb_inplace_matrix_multiply, typeOf(v).nb_matrix_multiply, typeOf(w).nb_matrix_multiply, '@=');

export function PyNumber_InPlacePower(v: PyValue, w: PyValue): PyValue {
  const f = typeOf(v).nb_inplace_power;
  if (f !== null) {
    const x = f(v, w, None);
    if (x !== NotImplemented) return x;
  }
  return ternaryOp(v, w, None, '**=');
}

function unaryOp(v: PyValue, slot: 'nb_negative' | 'nb_positive' | 'nb_invert' | 'nb_absolute', descr: string): PyValue {
  const f = typeOf(v)[slot];
  if (f === null) throw typeError(`bad operand type for ${descr}: '${typeOf(v).tp_name}'`);
  return f(v);
}

export const PyNumber_Negative = (v: PyValue): PyValue => unaryOp(v, 'nb_negative', 'unary -');
export const PyNumber_Positive = (v: PyValue): PyValue => unaryOp(v, 'nb_positive', 'unary +');
export const PyNumber_Invert = (v: PyValue): PyValue => unaryOp(v, 'nb_invert', 'unary ~');
export const PyNumber_Absolute = (v: PyValue): PyValue => unaryOp(v, 'nb_absolute', 'abs()');

/** operator.index(v): the int value of an object with __index__.  CPython: PyNumber_Index */
export function PyNumber_Index(v: PyValue): PyIntValue {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
  }
  if (v instanceof PyIntBox) return v.value;
  const t = typeOf(v);
  if (t.nb_index === null) throw typeError(`'${t.tp_name}' object cannot be interpreted as an integer`);
  return t.nb_index(v);
}

/**
 * An index as a JS number. Out-of-range values raise IndexError (asIndex) or OverflowError,
 * or are clamped when `clamp` is set.  CPython: PyNumber_AsSsize_t
 */
export function PyNumber_AsSsize_t(v: PyValue, asIndex: boolean, clamp = false): number {
  const i = PyNumber_Index(v);
  if (typeof i === 'number') return i;
  // Within a C Py_ssize_t: a JS number of the same magnitude serves (the caller range-checks).
  if (i >= -(2n ** 63n) && i < 2n ** 63n) return Number(i);
  if (clamp) return i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  const msg = `cannot fit '${typeOf(v).tp_name}' into an index-sized integer`;
  throw asIndex ? indexError(msg) : overflowError(msg);
}
