// The list type and its iterators.  CPython: Objects/listobject.c (sorting is in listsort.ts)
//
// A list's items are a JS array, mutated in place. Loops that call Python code (comparisons,
// __eq__) re-read `items` and its length at each step, as CPython re-reads ob_item and the size,
// because that code may mutate the list.
import { gcLive, gcHooks } from '../vm/gc-state.ts';
import { NotImplemented, None, PyObject, type PyValue } from './object.ts';
import { PyType, TPFLAGS, CompareOp, typeOf, PRIMITIVE_TYPES } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { newHeapInstance } from './heap.ts';
import { PyObject_Repr, PyObject_RichCompare, PyObject_EqualBool, PyNumber_AsSsize_t, PyNumber_Index, PyObject_Call, PyObject_IsTrue, PyObject_GetIter } from './abstract.ts';
import { typeError, indexError, valueError, memoryError, overflowError, exceptionMatches, PyExc_StopIteration, PyExc_TypeError } from './exceptions.ts';
import { PySlice, sliceIndices, sliceIndexNotNone } from './slice.ts';
import { enterRepr, leaveRepr } from './repr-guard.ts';
import { PyTuple, compareLengths, concatItems } from './tuple.ts';
import { PySetObject, setItems } from './set.ts';
import { PyDict, DELETED } from './dict.ts';
import { builtinIter, builtinByName, lengthHint } from './iterobject.ts';
import { genericAliasClassMethod } from './genericalias.ts';
import { sortCompare, timsort } from './listsort.ts';
import { TupleType } from './tuple.ts';
import { FloatType } from './float.ts';

export class PyList extends PyObject {
  constructor(public items: PyValue[] = []) {
    super();
  }
}

function L(v: PyValue): PyList {
  return v as PyList;
}

/** The largest list pyts builds (JS arrays hold at most 2**32-1 items). */
const MAX_LIST_SIZE = 2 ** 32 - 1;

/**
 * Removes item i of `items` and returns it, without the array splice() returns: shift() from the
 * front (V8 trims the array in place), a copy loop when few items follow, splice() for a long tail.
 */
function removeItem(items: PyValue[], i: number): PyValue {
  const n = items.length - 1;
  if (i === 0) return items.shift()!;
  const v = items[i];
  if (n - i > 64) {
    items.splice(i, 1);
    return v;
  }
  for (let j = i; j < n; j++) items[j] = items[j + 1];
  items.pop();
  return v;
}

/** Inserts `src` into `dst` at i (a splice that copes with long arrays). */
function spliceIn(dst: PyValue[], i: number, deleteCount: number, src: readonly PyValue[]): void {
  if (src.length < 10000) {
    dst.splice(i, deleteCount, ...src);
    return;
  }
  const tail = dst.slice(i + deleteCount);
  dst.length = i;
  for (let k = 0; k < src.length; k++) dst.push(src[k]);
  for (let k = 0; k < tail.length; k++) dst.push(tail[k]);
}

function listRepr(self: PyValue): string {
  const list = L(self);
  if (list.items.length === 0) return '[]';
  if (!enterRepr(self)) return '[...]';
  try {
    let s = '[';
    for (let i = 0; i < list.items.length; i++) {
      if (i > 0) s += ', ';
      s += PyObject_Repr(list.items[i]);
    }
    return s + ']';
  } finally {
    leaveRepr(self);
  }
}

/** CPython: list_richcompare */
function listRichcompare(v: PyValue, w: PyValue, op: CompareOp): PyValue {
  if (!(v instanceof PyList) || !(w instanceof PyList)) return NotImplemented;
  if (v.items.length !== w.items.length && (op === CompareOp.EQ || op === CompareOp.NE)) return op === CompareOp.NE;
  let i = 0;
  for (; i < v.items.length && i < w.items.length; i++) {
    const a = v.items[i];
    const b = w.items[i];
    if (a === b) continue;
    if (!PyObject_EqualBool(a, b)) break;
  }
  if (i >= v.items.length || i >= w.items.length) return compareLengths(v.items.length, w.items.length, op);
  if (op === CompareOp.EQ) return false;
  if (op === CompareOp.NE) return true;
  return PyObject_RichCompare(v.items[i], w.items[i], op);
}

function listLength(self: PyValue): number {
  return L(self).items.length;
}

function listItem(self: PyValue, i: number): PyValue {
  const it = L(self).items;
  if (i < 0 || i >= it.length) throw indexError('list index out of range');
  return it[i];
}

function listAssItem(self: PyValue, i: number, v: PyValue | null): void {
  const it = L(self).items;
  if (i < 0 || i >= it.length) throw indexError('list assignment index out of range');
  if (v === null) removeItem(it, i);
  else it[i] = v;
}

function isIndexKey(key: PyValue): boolean {
  const t = typeof key;
  return t === 'number' || t === 'bigint' || t === 'boolean' || typeOf(key).nb_index !== null;
}

function listSubscript(self: PyValue, key: PyValue): PyValue {
  const it = L(self).items;
  if (typeof key === 'number') {
    const i = key < 0 ? key + it.length : key;
    if (i < 0 || i >= it.length) throw indexError('list index out of range');
    return it[i];
  }
  if (isIndexKey(key)) {
    let i = PyNumber_AsSsize_t(key, true);
    if (i < 0) i += it.length;
    return listItem(self, i);
  }
  if (key instanceof PySlice) {
    const [start, , step, count] = sliceIndices(key, it.length);
    if (count <= 0) return new PyList();
    if (step === 1) return new PyList(it.slice(start, start + count));
    const out = new Array<PyValue>(count);
    for (let k = 0, j = start; k < count; k++, j += step) out[k] = it[j];
    return new PyList(out);
  }
  throw typeError(`list indices must be integers or slices, not ${typeOf(key).tp_name}`);
}

/**
 * The items of an iterable as a fresh array, or an exact list's or tuple's own items (a subclass is
 * iterated, through its own __iter__).  CPython: PySequence_Fast
 */
function sequenceFast(v: PyValue, msg: string): readonly PyValue[] {
  if ((v instanceof PyList && v.ob_type === ListType) || (v instanceof PyTuple && v.ob_type === TupleType)) return v.items;
  let it: PyValue;
  try {
    it = PyObject_GetIter(v);
  } catch (e) {
    if (e instanceof PyObject && exceptionMatches(e, PyExc_TypeError)) throw typeError(msg);
    throw e;
  }
  const next = typeOf(it).tp_iternext!;
  const out: PyValue[] = [];
  for (let x = next(it); x !== undefined; x = next(it)) out.push(x);
  return out;
}

/** a[ilow:ihigh] = v (v null deletes).  CPython: list_ass_slice */
function listAssSlice(list: PyList, ilow: number, ihigh: number, v: readonly PyValue[] | null): void {
  const it = list.items;
  if (ilow < 0) ilow = 0;
  else if (ilow > it.length) ilow = it.length;
  if (ihigh < ilow) ihigh = ilow;
  else if (ihigh > it.length) ihigh = it.length;
  if (v === null) it.splice(ilow, ihigh - ilow);
  else spliceIn(it, ilow, ihigh - ilow, v === it ? v.slice() : v);
}

/** CPython: list_ass_subscript */
function listAssSubscript(self: PyValue, key: PyValue, value: PyValue | null): void {
  const list = L(self);
  if (isIndexKey(key)) {
    let i = PyNumber_AsSsize_t(key, true);
    if (i < 0) i += list.items.length;
    listAssItem(self, i, value);
    return;
  }
  if (!(key instanceof PySlice)) throw typeError(`list indices must be integers or slices, not ${typeOf(key).tp_name}`);
  if (value === null) {
    const [start0, stop0, step0, count] = sliceIndices(key, list.items.length);
    let start = start0;
    let stop = stop0;
    let step = step0;
    if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
    if (step === 1) {
      listAssSlice(list, start, stop, null);
      return;
    }
    if (count <= 0) return;
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (count - 1) - 1;
      step = -step;
    }
    const it = list.items;
    const kept: PyValue[] = [];
    for (let i = 0, next = start; i < it.length; i++) {
      if (i === next && i < stop) next += step;
      else kept.push(it[i]);
    }
    it.length = 0;
    for (const x of kept) it.push(x);
    return;
  }
  // The slice's indices are evaluated before the value is iterated (which may mutate the list).
  sliceIndices(key, list.items.length);
  const seq = value === self ? list.items.slice() : sequenceFast(value, 'must assign iterable to extended slice');
  const [start, stop0, step, count] = sliceIndices(key, list.items.length);
  let stop = stop0;
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (step === 1) {
    listAssSlice(list, start, stop, seq);
    return;
  }
  if (seq.length !== count) {
    throw valueError(`attempt to assign sequence of size ${seq.length} to extended slice of size ${count}`);
  }
  const it = list.items;
  for (let k = 0, j = start; k < count; k++, j += step) it[j] = seq[k];
}

function listConcat(a: PyValue, b: PyValue): PyValue {
  if (!(b instanceof PyList)) throw typeError(`can only concatenate list (not "${typeOf(b).tp_name}") to list`);
  const x = L(a).items;
  if (x.length + b.items.length > MAX_LIST_SIZE) throw memoryError();
  return new PyList(concatItems(x, b.items));
}

function listInplaceConcat(a: PyValue, b: PyValue): PyValue {
  listExtend(L(a), b);
  return a;
}

function repeatInto(out: PyValue[], src: readonly PyValue[], n: number): void {
  const len = src.length;
  for (let k = 0; k < n; k++) for (let i = 0; i < len; i++) out.push(src[i]);
}

function listRepeat(self: PyValue, n: number): PyValue {
  const it = L(self).items;
  if (it.length === 0 || n <= 0) return new PyList();
  if (it.length * n > MAX_LIST_SIZE) throw memoryError();
  if (it.length === 1) return new PyList(new Array<PyValue>(n).fill(it[0]));
  const out: PyValue[] = [];
  repeatInto(out, it.slice(), n);
  return new PyList(out);
}

/** CPython: list_inplace_repeat */
function listInplaceRepeat(self: PyValue, n: number): PyValue {
  const it = L(self).items;
  if (it.length === 0 || n === 1) return self;
  if (n < 1) {
    it.length = 0;
    return self;
  }
  if (it.length * n > MAX_LIST_SIZE) throw memoryError();
  repeatInto(it, it.slice(), n - 1);
  return self;
}

function listContains(self: PyValue, v: PyValue): boolean {
  const list = L(self);
  for (let i = 0; i < list.items.length; i++) if (PyObject_EqualBool(list.items[i], v)) return true;
  return false;
}

// ---- iteration ----

export class PyListIter extends PyObject {
  index = 0;
  constructor(public list: PyList | null) {
    super();
  }
}

function listIter(self: PyValue): PyValue {
  return new PyListIter(L(self));
}

function listIterNext(self: PyValue): PyValue | undefined {
  const it = self as PyListIter;
  const l = it.list;
  if (l === null) return undefined;
  if (it.index < l.items.length) return l.items[it.index++];
  it.list = null;
  return undefined;
}

function listIterLen(it: PyListIter): PyValue {
  return it.list === null ? 0 : Math.max(0, it.list.items.length - it.index);
}

function listIterReduce(it: PyListIter): PyValue {
  const iter = builtinIter();
  if (it.list !== null) return new PyTuple([iter, new PyTuple([it.list]), it.index]);
  return new PyTuple([iter, new PyTuple([new PyList()])]);
}

function listIterSetstate(it: PyListIter, state: PyValue): void {
  let index = PyNumber_AsSsize_t(state, false);
  if (it.list === null) return;
  if (index < -1) index = -1;
  else if (index > it.list.items.length) index = it.list.items.length;
  if (index < 0) it.list = null;
  else it.index = index;
}

export const ListIterType = defineBuiltinType({
  name: 'list_iterator',
  instanceClass: PyListIter,
  slots: { tp_iter: (s: PyValue) => s, tp_iternext: listIterNext },
  methods: {
    __length_hint__: { sig: '($self, /)', impl: listIterLen, doc: 'Private method returning an estimate of len(list(it)).' },
    __reduce__: { sig: '($self, /)', impl: listIterReduce, doc: 'Return state information for pickling.' },
    __setstate__: { sig: '($self, object, /)', impl: listIterSetstate, doc: 'Set state information for unpickling.' },
  },
});

export class PyListRevIter extends PyObject {
  constructor(
    public list: PyList | null,
    public index: number,
  ) {
    super();
  }
}

function listRevIterNext(self: PyValue): PyValue | undefined {
  const it = self as PyListRevIter;
  const index = it.index;
  if (index < 0) return undefined;
  const l = it.list!;
  if (index < l.items.length) {
    it.index = index - 1;
    return l.items[index];
  }
  it.index = -1;
  it.list = null;
  return undefined;
}

function listRevIterLen(it: PyListRevIter): PyValue {
  const len = it.index + 1;
  return it.list === null || it.list.items.length < len ? 0 : len;
}

function listRevIterReduce(it: PyListRevIter): PyValue {
  const rev = builtinByName('reversed');
  if (it.index >= 0) return new PyTuple([rev, new PyTuple([it.list!]), it.index]);
  return new PyTuple([rev, new PyTuple([new PyList()])]);
}

function listRevIterSetstate(it: PyListRevIter, state: PyValue): void {
  let index = PyNumber_AsSsize_t(state, false);
  if (it.list === null) return;
  if (index < -1) index = -1;
  else if (index > it.list.items.length - 1) index = it.list.items.length - 1;
  it.index = index;
}

export const ListRevIterType = defineBuiltinType({
  name: 'list_reverseiterator',
  instanceClass: PyListRevIter,
  slots: { tp_iter: (s: PyValue) => s, tp_iternext: listRevIterNext },
  methods: {
    __length_hint__: { sig: '($self, /)', impl: listRevIterLen, doc: 'Private method returning an estimate of len(list(it)).' },
    __reduce__: { sig: '($self, /)', impl: listRevIterReduce, doc: 'Return state information for pickling.' },
    __setstate__: { sig: '($self, object, /)', impl: listRevIterSetstate, doc: 'Set state information for unpickling.' },
  },
});

// ---- methods ----

function listAppend(self: PyList, v: PyValue): void {
  self.items.push(v);
}

/** dict's tp_iter (OrderedDict, a builtin dict subclass, iterates in its own order). */
function dictTypeIter(): unknown {
  return (PyDict.prototype as unknown as { ob_type: { tp_iter: unknown } }).ob_type.tp_iter;
}

/** list.extend, with CPython's fast paths for exact lists, tuples, sets, dicts and dict views.  CPython: _list_extend */
export function listExtend(self: PyList, iterable: PyValue): void {
  const dst = self.items;
  if (iterable === self) {
    listInplaceRepeat(self, 2);
    return;
  }
  if (iterable instanceof PyList || iterable instanceof PyTuple) {
    const t = iterable.ob_type;
    if (t === ListType || t === TupleType) {
      const src = iterable.items;
      for (let i = 0, n = src.length; i < n; i++) dst.push(src[i]);
      return;
    }
  } else if (iterable instanceof PySetObject && !(iterable.ob_type.tp_flags & TPFLAGS.HEAPTYPE)) {
    for (const k of setItems(iterable)) dst.push(k);
    return;
  } else if (iterable instanceof PyDict && !(iterable.ob_type.tp_flags & TPFLAGS.HEAPTYPE) && iterable.ob_type.tp_iter === dictTypeIter()) {
    const keys = iterable.keys;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== DELETED) dst.push(keys[i]);
    return;
  }
  const it = PyObject_GetIter(iterable);
  const next = typeOf(it).tp_iternext!;
  lengthHint(iterable, 8);
  for (;;) {
    let x: PyValue | undefined;
    try {
      x = next(it);
    } catch (e) {
      if (e instanceof PyObject && exceptionMatches(e, PyExc_StopIteration)) break;
      throw e;
    }
    if (x === undefined) break;
    self.items.push(x);
  }
}

/** An index argument of a Py_ssize_t parameter (OverflowError beyond the C range). */
function ssizeArg(v: PyValue): number {
  const i = PyNumber_Index(v);
  if (typeof i === 'number') return i;
  if (i >= 2n ** 63n || i < -(2n ** 63n)) throw overflowError('Python int too large to convert to C ssize_t');
  return Number(i);
}

function listInsert(self: PyList, index: PyValue, v: PyValue): void {
  const n = self.items.length;
  let i = ssizeArg(index);
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  if (i === n) self.items.push(v);
  else if (i === 0) self.items.unshift(v);
  else self.items.splice(i, 0, v);
}

function listPop(self: PyList, index: PyValue): PyValue {
  const it = self.items;
  let i = index === undefined || index === -1 ? -1 : ssizeArg(index);
  if (it.length === 0) throw indexError('pop from empty list');
  if (i < 0) i += it.length;
  if (i < 0 || i >= it.length) throw indexError('pop index out of range');
  if (i === it.length - 1) return it.pop()!;
  return removeItem(it, i);
}

function listRemove(self: PyList, v: PyValue): void {
  for (let i = 0; i < self.items.length; i++) {
    if (PyObject_EqualBool(self.items[i], v)) {
      if (i < self.items.length) removeItem(self.items, i);
      return;
    }
  }
  throw valueError('list.remove(x): x not in list');
}

function listIndex(self: PyList, v: PyValue, start: PyValue, stop: PyValue): PyValue {
  const n = self.items.length;
  let s = start === undefined ? 0 : sliceIndexNotNone(start);
  let e = stop === undefined ? 2 ** 63 : sliceIndexNotNone(stop);
  if (s < 0) {
    s += n;
    if (s < 0) s = 0;
  }
  if (e < 0) {
    e += n;
    if (e < 0) e = 0;
  }
  for (let i = s; i < e && i < self.items.length; i++) if (PyObject_EqualBool(self.items[i], v)) return i;
  throw valueError('list.index(x): x not in list');
}

function listCount(self: PyList, v: PyValue): PyValue {
  let n = 0;
  for (let i = 0; i < self.items.length; i++) {
    const x = self.items[i];
    if (x === v || PyObject_EqualBool(x, v)) n++;
  }
  return n;
}

function listReverse(self: PyList): void {
  self.items.reverse();
}

/**
 * A sorted list's storage meanwhile: growing it at all is a mutation (CPython's list has no storage
 * then, so any allocation shows, even if the items went again).
 */
class SortingItems extends Array<PyValue> {
  grown = false;
  override push(...items: PyValue[]): number {
    this.grown = true;
    return super.push(...items);
  }
  override unshift(...items: PyValue[]): number {
    this.grown = true;
    return super.unshift(...items);
  }
  override splice(start: number, deleteCount?: number, ...items: PyValue[]): PyValue[] {
    if (items.length > 0) this.grown = true;
    return deleteCount === undefined ? super.splice(start) : super.splice(start, deleteCount, ...items);
  }
}

/**
 * list.sort: while sorting, the list is empty; mutation by a key or comparison is detected as
 * CPython detects it (the list's storage changed) and reported after the sort.  CPython: list_sort_impl
 */
function listSort(self: PyList, keyfunc: PyValue, reverse: PyValue): void {
  const rev = PyObject_IsTrue(reverse);
  const saved = self.items;
  const n = saved.length;
  const during = new SortingItems();
  self.items = during;
  let keys: PyValue[] | null = null;
  if (keyfunc !== None) {
    try {
      keys = new Array<PyValue>(n);
      for (let i = 0; i < n; i++) keys[i] = PyObject_Call(keyfunc, [saved[i]], null);
    } catch (e) {
      // The keys made so far go while the list is still empty (their __del__ may touch it).
      if (gcLive.count !== 0) gcHooks.dropped(keys!.filter((k) => k !== undefined), [saved]);
      self.items = saved;
      throw e;
    }
  }
  let error: unknown = null;
  if (n > 1) {
    try {
      const k = keys ?? saved;
      const lt = sortCompare(k, { int: PRIMITIVE_TYPES.int, float: FloatType, str: PRIMITIVE_TYPES.str, tuple: TupleType });
      if (rev) {
        if (keys !== null) keys.reverse();
        saved.reverse();
      }
      timsort(k, keys === null ? null : saved, lt);
    } catch (e) {
      error = e;
    }
  }
  // The keys go before the check, while the list is still empty: a key's __del__ that changes the
  // list is a modification.  CPython: list_sort_impl
  if (keys !== null && gcLive.count !== 0) {
    const ks = keys;
    keys = null;
    gcHooks.dropped(ks, [saved]);
  }
  if (error === null && (self.items !== during || during.length !== 0 || during.grown)) error = valueError('list modified during sort');
  if (rev && n > 1) saved.reverse();
  self.items = saved;
  if (error !== null) throw error;
}

function listNew(type: PyType): PyList {
  return type === ListType ? new PyList() : newHeapInstance(PyList, type);
}

/** list() and list(iterable).  CPython: list_vectorcall */
function listVectorcall(args: readonly (PyValue | undefined)[], start: number, count: number): PyValue | undefined {
  if (count > 1) return undefined;
  const l = new PyList();
  if (count === 1) listExtend(l, args[start]!);
  return l;
}

function listInit(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): void {
  const nkw = kwnames?.length ?? 0;
  // Keywords are refused unless a subclass's own __new__ takes them (CPython: list___init__).
  if (nkw && (typeOf(self) === ListType || typeOf(self).tp_new === ListType.tp_new)) throw typeError('list() takes no keyword arguments');
  const nargs = args.length - nkw;
  if (nargs > 1) throw typeError(`list expected at most 1 argument, got ${nargs}`);
  const l = L(self);
  if (l.items.length) l.items.length = 0;
  if (nargs === 1) listExtend(l, args[0]);
}

/** __sizeof__ as on 64-bit CPython (40 bytes plus 8 per item slot). */
function listSizeof(self: PyList): PyValue {
  return 40 + self.items.length * 8;
}

export const ListType = defineBuiltinType({
  name: 'list',
  textSignature: '(iterable=(), /)',
  doc: 'A mutable sequence: list() is empty, list(iterable) holds the items of iterable.',
  flags: TPFLAGS.BASETYPE | TPFLAGS.LIST_SUBCLASS | TPFLAGS.SEQUENCE | TPFLAGS.MATCH_SELF,
  instanceClass: PyList,
  alloc: listNew,
  slots: { tp_repr: listRepr, tp_richcompare: listRichcompare, tp_iter: listIter, tp_new: listNew, tp_init: listInit, tp_hash: null },
  sequence: {
    sq_length: listLength,
    sq_item: listItem,
    sq_ass_item: listAssItem,
    sq_concat: listConcat,
    sq_repeat: listRepeat,
    sq_contains: listContains,
    sq_inplace_concat: listInplaceConcat,
    sq_inplace_repeat: listInplaceRepeat,
  },
  mapping: { mp_length: listLength, mp_subscript: listSubscript, mp_ass_subscript: listAssSubscript },
  methods: {
    __getitem__: { sig: '($self, index, /)', impl: listSubscript, doc: 'Return self[index].' },
    __reversed__: { sig: '($self, /)', impl: (s: PyList) => new PyListRevIter(s, s.items.length - 1), doc: 'Return a reverse iterator over the list.' },
    __sizeof__: { sig: '($self, /)', impl: listSizeof, doc: 'Return the size of the list in memory, in bytes.' },
    clear: { sig: '($self, /)', impl: (s: PyList) => void (s.items.length = 0), doc: 'Remove all items from list.' },
    copy: { sig: '($self, /)', impl: (s: PyList) => new PyList(s.items.slice()), doc: 'Return a shallow copy of the list.' },
    append: { sig: '($self, object, /)', impl: listAppend, doc: 'Append object to the end of the list.' },
    insert: { sig: '($self, index, object, /)', impl: listInsert, doc: 'Insert object before index.' },
    extend: { sig: '($self, iterable, /)', impl: listExtend, doc: 'Extend list by appending elements from the iterable.' },
    pop: { sig: '($self, index=-1, /)', impl: listPop, doc: 'Remove and return item at index (default last).' },
    remove: { sig: '($self, value, /)', impl: listRemove, doc: 'Remove first occurrence of value.' },
    index: { sig: '($self, value, start=0, stop=sys.maxsize, /)', impl: listIndex, doc: 'Return first index of value.' },
    count: { sig: '($self, value, /)', impl: listCount, doc: 'Return number of occurrences of value.' },
    reverse: { sig: '($self, /)', impl: listReverse, doc: 'Reverse *IN PLACE*.' },
    sort: { sig: '($self, /, *, key=None, reverse=False)', impl: listSort, doc: 'Sort the list in ascending order and return None.' },
    __class_getitem__: genericAliasClassMethod('See PEP 585'),
  },
});
ListType.tp_vectorcall = listVectorcall;
