// The set and frozenset types: construction, the set algebra, comparisons, iteration.
// CPython: Objects/setobject.c
//
// Every algorithm follows CPython's code path (which operand is iterated, when a copy is made and then
// reduced, when a result is built by insertion), because the order in which a result's table is
// filled decides its iteration order, which programs print.
import { None, NotImplemented, PyObject, type PyValue, type PyIntValue } from './object.ts';
import { PyType, PyType_IsSubtype, TPFLAGS, CompareOp, typeOf } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { newHeapInstance } from './heap.ts';
import {
  PySetObject,
  DUMMY,
  setAdd,
  setAddEntry,
  setContains,
  setContainsEntry,
  setDiscard,
  setDiscardEntry,
  setClear,
  setMerge,
  setNext,
  setItems,
  setTableResize,
  setSwapBodies,
  setKeyHash,
} from './set.ts';
import { PyDict, entryHashHi } from './dict.ts';
import { PyObject_Repr, PyObject_GetIter, PyObject_HashParts, PyObject_CallMethod, PyObject_IsTrue } from './abstract.ts';
import { typeError, keyError, runtimeError, exceptionMatches, PyExc_TypeError } from './exceptions.ts';
import { enterRepr, leaveRepr } from './repr-guard.ts';
import { frozensetHashParts, hashHi, hashToInt } from './hash.ts';
import { PyTuple, TupleType } from './tuple.ts';
import { PyList, ListType } from './list.ts';
import { builtinIter } from './iterobject.ts';
import { genericAliasClassMethod } from './genericalias.ts';

// ---- construction ----

export function newSet(): PySetObject {
  const s = new PySetObject();
  s.ob_type = SetType;
  return s;
}

export function newFrozenSet(): PySetObject {
  const s = new PySetObject();
  s.ob_type = FrozenSetType;
  return s;
}

export function isAnySet(v: PyValue): v is PySetObject {
  return v instanceof PySetObject;
}

/** PySet_Check: set or a subclass of set (not frozenset). */
function isSet(v: PyValue): v is PySetObject {
  return v instanceof PySetObject && (v.ob_type === SetType || PyType_IsSubtype(v.ob_type, SetType));
}

function isExactDict(v: PyValue): v is PyDict {
  return v instanceof PyDict && v.ob_type === DICT_TYPE.t;
}

/** The exact dict type, looked up late (dict-type.ts imports this module). */
const DICT_TYPE = {
  get t(): PyType {
    return (PyDict.prototype as unknown as { ob_type: PyType }).ob_type;
  },
};

/** A new empty set of `type`'s builtin base (set for set subclasses, else frozenset).  CPython: make_new_set_basetype */
function newSetBasetype(type: PyType): PySetObject {
  if (type === SetType || (type !== FrozenSetType && PyType_IsSubtype(type, SetType))) return newSet();
  return newFrozenSet();
}

/** Adds the items of a dict, reusing its stored hashes.  CPython: set_update_dict_lock_held */
function setUpdateDict(so: PySetObject, d: PyDict): void {
  const n = d.used;
  if ((so.fill + n) * 5 >= so.mask * 3) setTableResize(so, (so.used + n) * 2);
  // Each step reads the dict as it is now: a key's __eq__ may mutate it (clear() replaces its arrays),
  // as _PyDict_Next does.
  for (let i = d.next(0); i >= 0; i = d.next(i + 1)) {
    const k = d.keys[i];
    const lo = d.entryHash(i);
    setAddEntry(so, k, lo, entryHashHi);
  }
}

/** Adds every item of an iterable.  CPython: set_update_internal */
export function setUpdateFromIterable(so: PySetObject, other: PyValue): void {
  if (other instanceof PySetObject) {
    setMerge(so, other);
    return;
  }
  if (isExactDict(other)) {
    setUpdateDict(so, other);
    return;
  }
  // An exact tuple or list: its items as its iterator gives them (a list's __eq__ may change it).
  if (other instanceof PyTuple && other.ob_type === TupleType) {
    const items = other.items;
    for (let i = 0; i < items.length; i++) setAdd(so, items[i]);
    return;
  }
  if (other instanceof PyList && other.ob_type === ListType) {
    for (let i = 0; i < other.items.length; i++) setAdd(so, other.items[i]);
    return;
  }
  const it = PyObject_GetIter(other);
  const next = typeOf(it).tp_iternext!;
  for (let x = next(it); x !== undefined; x = next(it)) setAdd(so, x);
}

/** A new set (or frozenset) of `type` holding the items of an iterable.  CPython: make_new_set */
export function makeNewSet(type: PyType, iterable: PyValue | undefined): PySetObject {
  let so: PySetObject;
  if (type === SetType) so = newSet();
  else if (type === FrozenSetType) so = newFrozenSet();
  else so = newHeapInstance(PySetObject, type);
  if (iterable !== undefined) setUpdateFromIterable(so, iterable);
  return so;
}

/** set(iterable) as a fresh exact set.  CPython: PySet_New */
export function PySet_New(iterable?: PyValue): PySetObject {
  return makeNewSet(SetType, iterable);
}

function setCopy(so: PySetObject): PySetObject {
  const r = newSetBasetype(so.ob_type);
  setMerge(r, so);
  return r;
}

// ---- repr, length, hash, iteration ----

function setRepr(self: PyValue): string {
  const so = self as PySetObject;
  const name = so.ob_type.tp_name;
  if (!enterRepr(self)) return `${name}(...)`;
  try {
    if (so.used === 0) return `${name}()`;
    const parts: string[] = [];
    for (const k of setItems(so)) parts.push(PyObject_Repr(k));
    const body = `{${parts.join(', ')}}`;
    return so.ob_type === SetType ? body : `${name}(${body})`;
  } finally {
    leaveRepr(self);
  }
}

function setLen(self: PyValue): number {
  return (self as PySetObject).used;
}

function frozensetHashOf(s: PySetObject): number {
  const lo = frozensetHashParts(s.hashHi, s.hashLo, s.mask + 1, s.fill, s.used);
  return lo;
}

function frozensetHash(self: PyValue): PyIntValue {
  const s = self as PySetObject;
  if (!s.hashCached) {
    s.cachedLo = frozensetHashOf(s);
    s.cachedHi = hashHi;
    s.hashCached = true;
  }
  return hashToInt(s.cachedLo, s.cachedHi);
}

export class PySetIter extends PyObject {
  pos = 0;
  used: number;
  len: number;
  constructor(public set: PySetObject | null) {
    super();
    this.used = set!.used;
    this.len = set!.used;
  }
}

function setIter(self: PyValue): PyValue {
  return new PySetIter(self as PySetObject);
}

function setIterNext(self: PyValue): PyValue | undefined {
  const it = self as PySetIter;
  const so = it.set;
  if (so === null) return undefined;
  if (it.used !== so.used) {
    it.used = -1;
    throw runtimeError('Set changed size during iteration');
  }
  const i = setNext(so, it.pos);
  if (i < 0) {
    it.pos = so.mask + 2;
    it.set = null;
    return undefined;
  }
  it.pos = i + 1;
  it.len--;
  return so.keys[i]!;
}

function setIterLengthHint(it: PySetIter): PyValue {
  return it.set !== null && it.used === it.set.used ? it.len : 0;
}

function setIterReduce(it: PySetIter): PyValue {
  const copy = new PySetIter(it.set ?? newSet());
  copy.set = it.set;
  copy.pos = it.pos;
  copy.used = it.used;
  copy.len = it.len;
  const out: PyValue[] = [];
  for (let x = setIterNext(copy); x !== undefined; x = setIterNext(copy)) out.push(x);
  return new PyTuple([builtinIter(), new PyTuple([new PyList(out)])]);
}

// ---- membership ----

/** `key in so`, where an unhashable set key is looked up as the equal frozenset.  CPython: set_contains_lock_held */
function setContainsKey(so: PySetObject, key: PyValue): boolean {
  try {
    return setContains(so, key);
  } catch (e) {
    if (!isSet(key) || !exceptionMatches(e as PyValue, PyExc_TypeError)) throw e;
    const lo = frozensetHashOf(key);
    return setContainsEntry(so, key, lo, hashHi);
  }
}

function setContainsSlot(self: PyValue, v: PyValue): boolean {
  return setContainsKey(self as PySetObject, v);
}

/** Removes key (a set key is looked up as the equal frozenset); true if present. */
function setDiscardKey(so: PySetObject, key: PyValue): boolean {
  try {
    return setDiscard(so, key);
  } catch (e) {
    if (!isSet(key) || !exceptionMatches(e as PyValue, PyExc_TypeError)) throw e;
    const lo = frozensetHashOf(key);
    return setDiscardEntry(so, key, lo, hashHi);
  }
}

// ---- the algebra ----

/** CPython: set_intersection */
function setIntersection(so: PySetObject, other: PyValue): PySetObject {
  if (so === other) return setCopy(so);
  const result = newSetBasetype(so.ob_type);
  if (other instanceof PySetObject) {
    let a = so;
    let b = other;
    if (b.used > a.used) {
      a = other;
      b = so;
    }
    // Iterate the smaller set (b), probing the larger (a).
    for (let i = setNext(b, 0); i >= 0; i = setNext(b, i + 1)) {
      const key = b.keys[i]!;
      const lo = b.hashLo[i];
      const hi = b.hashHi[i];
      if (setContainsEntry(a, key, lo, hi)) setAddEntry(result, key, lo, hi);
    }
    return result;
  }
  const it = PyObject_GetIter(other);
  const next = typeOf(it).tp_iternext!;
  for (let key = next(it); key !== undefined; key = next(it)) {
    const lo = PyObject_HashParts(key);
    const hi = hashHi;
    if (setContainsEntry(so, key, lo, hi)) {
      setAddEntry(result, key, lo, hi);
      if (result.used >= so.used) break;
    }
  }
  return result;
}

function setIntersectionMulti(so: PySetObject, others: PyValue[]): PyValue {
  if (others.length === 0) return setCopy(so);
  let result: PySetObject = so;
  for (const other of others) result = setIntersection(result, other);
  return result;
}

function setIntersectionUpdate(so: PySetObject, other: PyValue): void {
  const tmp = setIntersection(so, other);
  swapBodies(so, tmp);
}

function setIntersectionUpdateMulti(so: PySetObject, others: PyValue[]): void {
  const tmp = setIntersectionMulti(so, others) as PySetObject;
  swapBodies(so, tmp);
}

function swapBodies(a: PySetObject, b: PySetObject): void {
  const bothFrozen = PyType_IsSubtype(a.ob_type, FrozenSetType) && PyType_IsSubtype(b.ob_type, FrozenSetType);
  setSwapBodies(a, b, bothFrozen);
}

function setIsdisjoint(so: PySetObject, other: PyValue): boolean {
  if (so === other) return so.used === 0;
  if (other instanceof PySetObject && (other.ob_type === SetType || other.ob_type === FrozenSetType)) {
    let a = so;
    let b = other;
    if (b.used > a.used) {
      a = other;
      b = so;
    }
    for (let i = setNext(b, 0); i >= 0; i = setNext(b, i + 1)) {
      if (setContainsEntry(a, b.keys[i]!, b.hashLo[i], b.hashHi[i])) return false;
    }
    return true;
  }
  const it = PyObject_GetIter(other);
  const next = typeOf(it).tp_iternext!;
  for (let key = next(it); key !== undefined; key = next(it)) if (setContains(so, key)) return false;
  return true;
}

/** CPython: set_difference_update_internal */
function setDifferenceUpdateInternal(so: PySetObject, other: PyValue): void {
  if (so === other) {
    setClear(so);
    return;
  }
  if (other instanceof PySetObject) {
    // When the other set is much larger, iterate the (smaller) intersection instead.
    const o = other.used >> 3 > so.used ? setIntersection(so, other) : other;
    for (let i = setNext(o, 0); i >= 0; i = setNext(o, i + 1)) {
      setDiscardEntry(so, o.keys[i]!, o.hashLo[i], o.hashHi[i]);
    }
  } else {
    const it = PyObject_GetIter(other);
    const next = typeOf(it).tp_iternext!;
    for (let key = next(it); key !== undefined; key = next(it)) setDiscard(so, key);
  }
  // If more than 1/4th are dummies, resize them away.
  if (so.fill - so.used <= so.mask >>> 2) return;
  setTableResize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
}

function setCopyAndDifference(so: PySetObject, other: PyValue): PySetObject {
  const result = setCopy(so);
  setDifferenceUpdateInternal(result, other);
  return result;
}

/** CPython: set_difference */
function setDifference(so: PySetObject, other: PyValue): PySetObject {
  let otherSize: number;
  if (other instanceof PySetObject) otherSize = other.used;
  else if (isExactDict(other)) otherSize = other.used;
  else return setCopyAndDifference(so, other);
  if (so.used >> 2 > otherSize) return setCopyAndDifference(so, other);
  const result = newSetBasetype(so.ob_type);
  if (isExactDict(other)) {
    for (let i = setNext(so, 0); i >= 0; i = setNext(so, i + 1)) {
      const key = so.keys[i]!;
      const lo = so.hashLo[i];
      const hi = so.hashHi[i];
      if (other.findHashed(key, lo, hi) < 0) setAddEntry(result, key, lo, hi);
    }
    return result;
  }
  const o = other as PySetObject;
  for (let i = setNext(so, 0); i >= 0; i = setNext(so, i + 1)) {
    const key = so.keys[i]!;
    const lo = so.hashLo[i];
    const hi = so.hashHi[i];
    if (!setContainsEntry(o, key, lo, hi)) setAddEntry(result, key, lo, hi);
  }
  return result;
}

function setDifferenceMulti(so: PySetObject, others: PyValue[]): PyValue {
  if (others.length === 0) return setCopy(so);
  const result = setDifference(so, others[0]);
  for (let i = 1; i < others.length; i++) setDifferenceUpdateInternal(result, others[i]);
  return result;
}

/** CPython: set_symmetric_difference_update_set */
function setSymmetricDifferenceUpdateSet(so: PySetObject, other: PySetObject): void {
  for (let i = setNext(other, 0); i >= 0; i = setNext(other, i + 1)) {
    const key = other.keys[i]!;
    const lo = other.hashLo[i];
    const hi = other.hashHi[i];
    if (!setDiscardEntry(so, key, lo, hi)) setAddEntry(so, key, lo, hi);
  }
}

function setSymmetricDifferenceUpdate(so: PySetObject, other: PyValue): void {
  if (so === other) {
    setClear(so);
    return;
  }
  if (isExactDict(other)) {
    // The dict as it is at each step (a key's __eq__ may mutate it), as _PyDict_Next reads it.
    for (let i = other.next(0); i >= 0; i = other.next(i + 1)) {
      const key = other.keys[i];
      const lo = other.entryHash(i);
      const hi = entryHashHi;
      if (!setDiscardEntry(so, key, lo, hi)) setAddEntry(so, key, lo, hi);
    }
    return;
  }
  if (other instanceof PySetObject) {
    setSymmetricDifferenceUpdateSet(so, other);
    return;
  }
  const otherset = makeNewSet(newSetBasetype(so.ob_type).ob_type, other);
  setSymmetricDifferenceUpdateSet(so, otherset);
}

/** CPython: set_symmetric_difference */
function setSymmetricDifference(so: PySetObject, other: PyValue): PySetObject {
  const result = newSetBasetype(so.ob_type);
  setUpdateFromIterable(result, other);
  setSymmetricDifferenceUpdateSet(result, so);
  return result;
}

/** CPython: set_issubset */
function setIssubset(so: PySetObject, other: PyValue): boolean {
  if (!(other instanceof PySetObject)) return setIntersection(so, other).used === so.used;
  if (so.used > other.used) return false;
  for (let i = setNext(so, 0); i >= 0; i = setNext(so, i + 1)) {
    if (!setContainsEntry(other, so.keys[i]!, so.hashLo[i], so.hashHi[i])) return false;
  }
  return true;
}

/** CPython: set_issuperset */
function setIssuperset(so: PySetObject, other: PyValue): boolean {
  if (other instanceof PySetObject) return setIssubset(other, so);
  const it = PyObject_GetIter(other);
  const next = typeOf(it).tp_iternext!;
  for (let key = next(it); key !== undefined; key = next(it)) if (!setContains(so, key)) return false;
  return true;
}

function setUnion(so: PySetObject, others: PyValue[]): PyValue {
  const result = newSetBasetype(so.ob_type);
  setMerge(result, so);
  for (const other of others) {
    if (other === so) continue;
    setUpdateFromIterable(result, other);
  }
  return result;
}

// ---- operators ----

function setOr(a: PyValue, b: PyValue): PyValue {
  if (!(a instanceof PySetObject) || !(b instanceof PySetObject)) return NotImplemented;
  const result = setCopy(a);
  if (a !== b) setUpdateFromIterable(result, b);
  return result;
}

function setAnd(a: PyValue, b: PyValue): PyValue {
  if (!(a instanceof PySetObject) || !(b instanceof PySetObject)) return NotImplemented;
  return setIntersection(a, b);
}

function setSub(a: PyValue, b: PyValue): PyValue {
  if (!(a instanceof PySetObject) || !(b instanceof PySetObject)) return NotImplemented;
  return setDifference(a, b);
}

function setXor(a: PyValue, b: PyValue): PyValue {
  if (!(a instanceof PySetObject) || !(b instanceof PySetObject)) return NotImplemented;
  return setSymmetricDifference(a, b);
}

function setIor(a: PyValue, b: PyValue): PyValue {
  if (!(b instanceof PySetObject)) return NotImplemented;
  if (a !== b) setMerge(a as PySetObject, b);
  return a;
}

function setIand(a: PyValue, b: PyValue): PyValue {
  if (!(b instanceof PySetObject)) return NotImplemented;
  setIntersectionUpdate(a as PySetObject, b);
  return a;
}

function setIsub(a: PyValue, b: PyValue): PyValue {
  if (!(b instanceof PySetObject)) return NotImplemented;
  setDifferenceUpdateInternal(a as PySetObject, b);
  return a;
}

function setIxor(a: PyValue, b: PyValue): PyValue {
  if (!(b instanceof PySetObject)) return NotImplemented;
  setSymmetricDifferenceUpdate(a as PySetObject, b);
  return a;
}

/** CPython: set_richcompare */
function setRichcompare(self: PyValue, w: PyValue, op: CompareOp): PyValue {
  if (!(w instanceof PySetObject)) return NotImplemented;
  const v = self as PySetObject;
  switch (op) {
    case CompareOp.EQ:
      if (v.used !== w.used) return false;
      if (v.hashCached && w.hashCached && (v.cachedLo !== w.cachedLo || v.cachedHi !== w.cachedHi)) return false;
      return setIssubset(v, w);
    case CompareOp.NE:
      return !PyObject_IsTrue(setRichcompare(v, w, CompareOp.EQ));
    case CompareOp.LE:
      return setIssubset(v, w);
    case CompareOp.GE:
      return setIssuperset(v, w);
    case CompareOp.LT:
      return v.used < w.used && setIssubset(v, w);
    case CompareOp.GT:
      return v.used > w.used && setIssuperset(v, w);
  }
}

// ---- type construction ----

function setNew(type: PyType): PyValue {
  if (type === SetType) return newSet();
  return newHeapInstance(PySetObject, type);
}

/** set() and set(iterable).  CPython: set_vectorcall */
function setVectorcall(args: readonly (PyValue | undefined)[], start: number, count: number): PyValue | undefined {
  if (count > 1) return undefined;
  const so = newSet();
  if (count === 1) setUpdateFromIterable(so, args[start]!);
  return so;
}

function setInit(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length) throw typeError('set() takes no keyword arguments');
  const so = self as PySetObject;
  const nargs = args.length;
  if (nargs > 1) throw typeError(`${so.ob_type.tp_name} expected at most 1 argument, got ${nargs}`);
  if (so.fill) setClear(so);
  so.hashCached = false;
  if (nargs === 1) setUpdateFromIterable(so, args[0]);
}

function frozensetNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length && (type === FrozenSetType || type.tp_init === FrozenSetType.tp_init)) {
    throw typeError('frozenset() takes no keyword arguments');
  }
  const nargs = args.length - (kwnames?.length ?? 0);
  if (nargs > 1) throw typeError(`${type.tp_name} expected at most 1 argument, got ${nargs}`);
  const iterable = nargs === 1 ? args[0] : undefined;
  if (type === FrozenSetType && iterable !== undefined && iterable instanceof PySetObject && iterable.ob_type === FrozenSetType) return iterable;
  return makeNewSet(type, iterable);
}

function setReduce(so: PySetObject): PyValue {
  const keys = new PyList(setItems(so));
  const state = PyObject_CallMethod(so, '__getstate__', []);
  return new PyTuple([so.ob_type, new PyTuple([keys]), state]);
}

/** __sizeof__ as on 64-bit CPython (PySetObject is 200 bytes, a table entry 16). */
function setSizeof(so: PySetObject): PyValue {
  return 200 + (so.mask + 1 > 8 ? (so.mask + 1) * 16 : 0);
}

function setPop(so: PySetObject): PyValue {
  if (so.used === 0) throw keyError('pop from an empty set');
  let i = so.finger & so.mask;
  for (;;) {
    const k = so.keys[i];
    if (k !== undefined && k !== DUMMY) break;
    i++;
    if (i > so.mask) i = 0;
  }
  const key = so.keys[i]!;
  so.keys[i] = DUMMY;
  so.hashLo[i] = -1;
  so.hashHi[i] = -1;
  so.used--;
  so.finger = i + 1;
  return key;
}

function setRemove(so: PySetObject, key: PyValue): void {
  if (!setDiscardKey(so, key)) throw keyError(key);
}

function setUpdateMethod(so: PySetObject, others: PyValue[]): void {
  for (const o of others) {
    if (o !== so) setUpdateFromIterable(so, o);
  }
}

function setDifferenceUpdate(so: PySetObject, others: PyValue[]): void {
  for (const o of others) setDifferenceUpdateInternal(so, o);
}

const sharedMethods = {
  __contains__: { sig: '($self, object, /)', impl: (s: PySetObject, v: PyValue) => setContainsKey(s, v), doc: 'x.__contains__(y) <==> y in x.' },
  difference: { sig: '($self, /, *others)', impl: setDifferenceMulti, doc: 'Return a new set with elements in the set that are not in the others.' },
  intersection: { sig: '($self, /, *others)', impl: setIntersectionMulti, doc: 'Return a new set with elements common to the set and all others.' },
  isdisjoint: { sig: '($self, other, /)', impl: setIsdisjoint, doc: 'Return True if two sets have a null intersection.' },
  issubset: { sig: '($self, other, /)', impl: setIssubset, doc: 'Report whether another set contains this set.' },
  issuperset: { sig: '($self, other, /)', impl: setIssuperset, doc: 'Report whether this set contains another set.' },
  __reduce__: { sig: '($self, /)', impl: setReduce, doc: 'Return state information for pickling.' },
  __sizeof__: { sig: '($self, /)', impl: setSizeof, doc: 'S.__sizeof__() -> size of S in memory, in bytes.' },
  symmetric_difference: { sig: '($self, other, /)', impl: setSymmetricDifference, doc: 'Return a new set with elements in either the set or other but not both.' },
  union: { sig: '($self, /, *others)', impl: setUnion, doc: 'Return a new set with elements from the set and all others.' },
  __class_getitem__: genericAliasClassMethod('See PEP 585'),
};

const setNumber = { nb_subtract: setSub, nb_and: setAnd, nb_xor: setXor, nb_or: setOr };

export const SetType = defineBuiltinType({
  name: 'set',
  textSignature: '(iterable=(), /)',
  doc: 'Build an unordered collection of unique elements.',
  flags: TPFLAGS.BASETYPE | TPFLAGS.MATCH_SELF,
  alloc: (t) => setNew(t) as PySetObject,
  weakrefable: true,
  slots: { tp_repr: setRepr, tp_iter: setIter, tp_richcompare: setRichcompare, tp_new: setNew, tp_init: setInit, tp_hash: null },
  sequence: { sq_length: setLen, sq_contains: setContainsSlot },
  number: { ...setNumber, nb_inplace_subtract: setIsub, nb_inplace_and: setIand, nb_inplace_xor: setIxor, nb_inplace_or: setIor },
  methods: {
    add: { sig: '($self, object, /)', impl: (s: PySetObject, v: PyValue) => setAdd(s, v), doc: 'Add an element to a set.' },
    clear: { sig: '($self, /)', impl: (s: PySetObject) => setClear(s), doc: 'Remove all elements from this set.' },
    copy: { sig: '($self, /)', impl: setCopy, doc: 'Return a shallow copy of a set.' },
    discard: { sig: '($self, object, /)', impl: (s: PySetObject, v: PyValue) => void setDiscardKey(s, v), doc: 'Remove an element from a set if it is a member.' },
    difference_update: { sig: '($self, /, *others)', impl: setDifferenceUpdate, doc: 'Update the set, removing elements found in others.' },
    intersection_update: { sig: '($self, /, *others)', impl: setIntersectionUpdateMulti, doc: 'Update the set, keeping only elements found in it and all others.' },
    pop: { sig: '($self, /)', impl: setPop, doc: 'Remove and return an arbitrary set element.' },
    remove: { sig: '($self, object, /)', impl: setRemove, doc: 'Remove an element from a set; it must be a member.' },
    symmetric_difference_update: { sig: '($self, other, /)', impl: setSymmetricDifferenceUpdate, doc: 'Update the set, keeping only elements found in either set, but not in both.' },
    update: { sig: '($self, /, *others)', impl: setUpdateMethod, doc: 'Update the set, adding elements from all others.' },
    ...sharedMethods,
  },
});
SetType.tp_vectorcall = setVectorcall;

export const FrozenSetType = defineBuiltinType({
  name: 'frozenset',
  textSignature: '(iterable=(), /)',
  doc: 'Build an immutable unordered collection of unique elements.',
  flags: TPFLAGS.BASETYPE | TPFLAGS.MATCH_SELF,
  weakrefable: true,
  slots: { tp_repr: setRepr, tp_iter: setIter, tp_richcompare: setRichcompare, tp_new: frozensetNew, tp_hash: frozensetHash },
  sequence: { sq_length: setLen, sq_contains: setContainsSlot },
  number: setNumber,
  methods: {
    copy: {
      sig: '($self, /)',
      impl: (s: PySetObject) => (s.ob_type === FrozenSetType ? s : setCopy(s)),
      doc: 'Return a shallow copy of a set.',
    },
    ...sharedMethods,
  },
});

export const SetIterType = defineBuiltinType({
  name: 'set_iterator',
  instanceClass: PySetIter,
  slots: { tp_iter: (s: PyValue) => s, tp_iternext: setIterNext },
  methods: {
    __length_hint__: { sig: '($self, /)', impl: setIterLengthHint, doc: 'Private method returning an estimate of len(list(it)).' },
    __reduce__: { sig: '($self, /)', impl: setIterReduce, doc: 'Return state information for pickling.' },
  },
});

void None;
void setKeyHash;
