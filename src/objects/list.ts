// The list type.  CPython: Objects/listobject.c
// TODO(#4): list.sort must follow CPython's timsort exactly (same comparisons, same state after a
// comparison raises); this first version is a stable merge sort.
import { NotImplemented, None, PyObject, type PyValue } from './object.ts';
import { PyType, TPFLAGS, CompareOp, typeOf } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { newHeapInstance } from './heap.ts';
import {
  PyObject_Repr,
  PyObject_RichCompareBool,
  PyObject_EqualBool,
  PyNumber_AsSsize_t,
  iterableToArray,
  PyObject_Call,
  PyObject_IsTrue,
} from './abstract.ts';
import { typeError, indexError, valueError } from './exceptions.ts';
import { PySlice, sliceIndices } from './slice.ts';
import { enterRepr, leaveRepr } from './repr-guard.ts';
import { PyTuple, sequenceRichcompare } from './tuple.ts';

export class PyList extends PyObject {
  constructor(public items: PyValue[] = []) {
    super();
  }
}

function L(v: PyValue): PyList {
  return v as PyList;
}

function listRepr(self: PyValue): string {
  const it = L(self).items;
  if (it.length === 0) return '[]';
  if (!enterRepr(self)) return '[...]';
  try {
    const parts: string[] = [];
    for (let i = 0; i < it.length; i++) parts.push(PyObject_Repr(it[i]));
    return `[${parts.join(', ')}]`;
  } finally {
    leaveRepr(self);
  }
}

function listRichcompare(a: PyValue, b: PyValue, op: CompareOp): PyValue {
  if (!(b instanceof PyList)) return NotImplemented;
  const x = L(a).items;
  const y = b.items;
  if ((op === CompareOp.EQ || op === CompareOp.NE) && x.length !== y.length) return op === CompareOp.NE;
  return sequenceRichcompare(x, y, op);
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
  if (v === null) it.splice(i, 1);
  else it[i] = v;
}

function isIndexKey(key: PyValue): boolean {
  return typeof key === 'number' || typeof key === 'bigint' || typeof key === 'boolean' || typeOf(key).nb_index !== null;
}

function listSubscript(self: PyValue, key: PyValue): PyValue {
  const it = L(self).items;
  if (typeof key === 'number') {
    const i = key < 0 ? key + it.length : key;
    if (i < 0 || i >= it.length) throw indexError('list index out of range');
    return it[i];
  }
  if (key instanceof PySlice) {
    const [start, , step, count] = sliceIndices(key, it.length);
    if (step === 1) return new PyList(it.slice(start, start + count));
    const out = new Array<PyValue>(count);
    for (let k = 0, j = start; k < count; k++, j += step) out[k] = it[j];
    return new PyList(out);
  }
  if (!isIndexKey(key)) throw typeError(`list indices must be integers or slices, not ${typeOf(key).tp_name}`);
  let i = PyNumber_AsSsize_t(key, true);
  if (i < 0) i += it.length;
  return listItem(self, i);
}

function listAssSubscript(self: PyValue, key: PyValue, value: PyValue | null): void {
  const list = L(self);
  const it = list.items;
  if (key instanceof PySlice) {
    const [start, stop, step, count] = sliceIndices(key, it.length);
    if (value === null) {
      if (step === 1) it.splice(start, count);
      else {
        const idx: number[] = [];
        for (let k = 0, j = start; k < count; k++, j += step) idx.push(j);
        idx.sort((a, b) => b - a);
        for (const j of idx) it.splice(j, 1);
      }
      return;
    }
    const seq = value === self ? it.slice() : iterableToArray(value);
    if (step === 1) {
      it.splice(start, Math.max(0, stop - start), ...seq);
      return;
    }
    if (seq.length !== count) {
      throw valueError(`attempt to assign sequence of size ${seq.length} to extended slice of size ${count}`);
    }
    for (let k = 0, j = start; k < count; k++, j += step) it[j] = seq[k];
    return;
  }
  if (!isIndexKey(key)) throw typeError(`list indices must be integers or slices, not ${typeOf(key).tp_name}`);
  let i = PyNumber_AsSsize_t(key, true);
  if (i < 0) i += it.length;
  listAssItem(self, i, value);
}

function listConcat(a: PyValue, b: PyValue): PyValue {
  if (!(b instanceof PyList)) throw typeError(`can only concatenate list (not "${typeOf(b).tp_name}") to list`);
  return new PyList(L(a).items.concat(b.items));
}

function listInplaceConcat(a: PyValue, b: PyValue): PyValue {
  listExtend(L(a), b);
  return a;
}

function listRepeat(self: PyValue, n: number): PyValue {
  const it = L(self).items;
  if (n <= 0 || it.length === 0) return new PyList();
  const out: PyValue[] = [];
  for (let k = 0; k < n; k++) for (let i = 0; i < it.length; i++) out.push(it[i]);
  return new PyList(out);
}

function listInplaceRepeat(self: PyValue, n: number): PyValue {
  const l = L(self);
  l.items = (listRepeat(self, n) as PyList).items;
  return self;
}

function listContains(self: PyValue, v: PyValue): boolean {
  const it = L(self).items;
  for (let i = 0; i < it.length; i++) if (PyObject_EqualBool(it[i], v)) return true;
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

export const ListIterType = defineBuiltinType({
  name: 'list_iterator',
  instanceClass: PyListIter,
  slots: { tp_iter: (s: PyValue) => s, tp_iternext: listIterNext },
  methods: {
    __length_hint__: { sig: '($self, /)', impl: (s: PyListIter) => (s.list === null ? 0 : Math.max(0, s.list.items.length - s.index)) },
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
  const l = it.list;
  if (l === null) return undefined;
  if (it.index >= 0 && it.index < l.items.length) return l.items[it.index--];
  it.list = null;
  return undefined;
}

export const ListRevIterType = defineBuiltinType({
  name: 'list_reverseiterator',
  instanceClass: PyListRevIter,
  slots: { tp_iter: (s: PyValue) => s, tp_iternext: listRevIterNext },
});

// ---- methods ----

function listAppend(self: PyList, v: PyValue): void {
  self.items.push(v);
}

export function listExtend(self: PyList, iterable: PyValue): void {
  if (iterable instanceof PyList || iterable instanceof PyTuple) {
    const src = iterable.items;
    for (let i = 0, n = src.length; i < n; i++) self.items.push(src[i]);
    return;
  }
  for (const x of iterableToArray(iterable)) self.items.push(x);
}

function listInsert(self: PyList, index: PyValue, v: PyValue): void {
  const n = self.items.length;
  let i = PyNumber_AsSsize_t(index, false, true);
  if (i < 0) i = Math.max(0, i + n);
  if (i > n) i = n;
  self.items.splice(i, 0, v);
}

function listPop(self: PyList, index: PyValue): PyValue {
  const it = self.items;
  if (it.length === 0) throw indexError('pop from empty list');
  let i = index === undefined ? -1 : PyNumber_AsSsize_t(index, false);
  if (i < 0) i += it.length;
  if (i < 0 || i >= it.length) throw indexError('pop index out of range');
  return it.splice(i, 1)[0];
}

function listRemove(self: PyList, v: PyValue): void {
  const it = self.items;
  for (let i = 0; i < it.length; i++) {
    if (PyObject_EqualBool(it[i], v)) {
      it.splice(i, 1);
      return;
    }
  }
  throw valueError('list.remove(x): x not in list');
}

function listIndex(self: PyList, v: PyValue, start: PyValue, stop: PyValue): PyValue {
  const it = self.items;
  let s = PyNumber_AsSsize_t(start, false, true);
  let e = PyNumber_AsSsize_t(stop, false, true);
  if (s < 0) s = Math.max(0, s + it.length);
  if (e < 0) e = Math.max(0, e + it.length);
  for (let i = s; i < e && i < it.length; i++) if (PyObject_EqualBool(it[i], v)) return i;
  throw valueError(`${PyObject_Repr(v)} is not in list`);
}

function listCount(self: PyList, v: PyValue): PyValue {
  let n = 0;
  for (const x of self.items) if (PyObject_EqualBool(x, v)) n++;
  return n;
}

function listReverse(self: PyList): void {
  self.items.reverse();
}

function listSort(self: PyList, key: PyValue, reverse: PyValue): void {
  const items = self.items;
  self.items = [];
  try {
    const keys = key === None ? items : items.map((x) => PyObject_Call(key, [x], null));
    const order = items.map((_, i) => i);
    const lt = (a: number, b: number): boolean => PyObject_RichCompareBool(keys[a], keys[b], CompareOp.LT);
    const rev = PyObject_IsTrue(reverse);
    if (rev) order.reverse();
    const sorted = mergeSort(order, lt);
    if (rev) sorted.reverse();
    const out = sorted.map((i) => items[i]);
    if (self.items.length !== 0) throw valueError('list modified during sort');
    self.items = out;
  } catch (e) {
    if (self.items.length === 0) self.items = items;
    throw e;
  }
}

function mergeSort(a: number[], lt: (x: number, y: number) => boolean): number[] {
  if (a.length < 2) return a;
  const mid = a.length >> 1;
  const l = mergeSort(a.slice(0, mid), lt);
  const r = mergeSort(a.slice(mid), lt);
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < l.length && j < r.length) {
    if (lt(r[j], l[i])) out.push(r[j++]);
    else out.push(l[i++]);
  }
  while (i < l.length) out.push(l[i++]);
  while (j < r.length) out.push(r[j++]);
  return out;
}

function listNew(type: PyType): PyList {
  return type === ListType ? new PyList() : newHeapInstance(PyList, type);
}

function listInit(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length) throw typeError('list() takes no keyword arguments');
  if (args.length > 1) throw typeError(`list expected at most 1 argument, got ${args.length}`);
  const l = L(self);
  l.items = [];
  if (args.length === 1) listExtend(l, args[0]);
}

export const ListType = defineBuiltinType({
  name: 'list',
  doc: 'A mutable sequence.',
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
    append: { sig: '($self, object, /)', impl: listAppend },
    extend: { sig: '($self, iterable, /)', impl: listExtend },
    insert: { sig: '($self, index, object, /)', impl: listInsert },
    pop: { sig: '($self, index=-1, /)', impl: listPop },
    remove: { sig: '($self, value, /)', impl: listRemove },
    index: { sig: '($self, value, start=0, stop=sys.maxsize, /)', impl: listIndex },
    count: { sig: '($self, value, /)', impl: listCount },
    clear: { sig: '($self, /)', impl: (s: PyList) => void (s.items = []) },
    copy: { sig: '($self, /)', impl: (s: PyList) => new PyList(s.items.slice()) },
    reverse: { sig: '($self, /)', impl: listReverse },
    sort: { sig: '($self, /, *, key=None, reverse=False)', impl: listSort },
    __reversed__: { sig: '($self, /)', impl: (s: PyList) => new PyListRevIter(s, s.items.length - 1) },
  },
});

