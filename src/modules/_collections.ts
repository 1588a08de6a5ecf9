// The _collections module: deque, defaultdict, _count_elements and _tuplegetter (namedtuple's field
// descriptors).  CPython: Modules/_collectionsmodule.c
// OrderedDict is objects/odict.ts (CPython: Objects/odictobject.c), exported here as CPython does.
//
// A deque is a ring buffer (power-of-two capacity) rather than CPython's linked blocks; what is
// observable is kept: the `state` counter that iterators check ("deque mutated during iteration"),
// which operations bump it (appends, pops, rotations, clear; not reverse() or item assignment),
// and how maxlen trims from the opposite end.
import { None, NotImplemented, PyObject, type PyValue } from '../objects/object.ts';
import { PyType, TPFLAGS, CompareOp, typeOf, PyObject_TypeCheck } from '../objects/type.ts';
import { defineBuiltinType } from '../objects/builtin-type.ts';
import { defineModule } from '../objects/module-def.ts';
import { newHeapInstance } from '../objects/heap.ts';
import { PyTuple, EMPTY_TUPLE } from '../objects/tuple.ts';
import { PyList } from '../objects/list.ts';
import { PyDict } from '../objects/dict.ts';
import { DictType, dictUpdateArg } from '../objects/dict-type.ts';
import {
  PyObject_GetIter,
  PyObject_Call,
  PyObject_Repr,
  PyObject_RichCompareBool,
  PyObject_IsInstance,
  PyObject_CallMethod,
  PyObject_GetAttr,
  PyObject_SetItem,
  PyNumber_Add,
  PyNumber_Index,
  iterableToArray,
  isStopIteration,
} from '../objects/abstract.ts';
import { typeError, valueError, indexError, runtimeError, attributeError, newException, memoryError, PyExc_KeyError, overflowError } from '../objects/exceptions.ts';
import { enterRepr, leaveRepr } from '../objects/repr-guard.ts';
import { bindArguments, parseSignature } from '../objects/getargs.ts';
import { genericAliasClassMethod } from '../objects/genericalias.ts';
import { sliceIndexNotNone } from '../objects/slice.ts';
import { _PyType_Lookup } from '../objects/type.ts';
import { dictRepr } from '../objects/dict-type.ts';
import { ODictType } from '../objects/odict.ts';

const SSIZE_MAX = 2 ** 63 - 1;

function ssizeArg(v: PyValue): number {
  const i = PyNumber_Index(v);
  if (typeof i === 'bigint') {
    if (i > BigInt(SSIZE_MAX) || i < -BigInt(SSIZE_MAX) - 1n) throw overflowError('Python int too large to convert to C ssize_t');
    return Number(i);
  }
  return i;
}

// ---- deque ----

export class PyDeque extends PyObject {
  buf: PyValue[] = new Array<PyValue>(8);
  head = 0;
  size = 0;
  /** -1 when unbounded. */
  maxlen = -1;
  /** Bumped by every mutation that iterators must notice.  CPython: deque->state */
  state = 0;

  at(i: number): PyValue {
    return this.buf[(this.head + i) & (this.buf.length - 1)];
  }

  setAt(i: number, v: PyValue): void {
    this.buf[(this.head + i) & (this.buf.length - 1)] = v;
  }

  private grow(): void {
    const old = this.buf;
    const n = old.length;
    const buf = new Array<PyValue>(n * 2);
    for (let i = 0; i < this.size; i++) buf[i] = old[(this.head + i) & (n - 1)];
    this.buf = buf;
    this.head = 0;
  }

  pushRight(v: PyValue): void {
    if (this.size === this.buf.length) this.grow();
    this.buf[(this.head + this.size) & (this.buf.length - 1)] = v;
    this.size++;
  }

  pushLeft(v: PyValue): void {
    if (this.size === this.buf.length) this.grow();
    this.head = (this.head - 1) & (this.buf.length - 1);
    this.buf[this.head] = v;
    this.size++;
  }

  /** CPython: deque_popleft_impl (without the empty check) */
  popLeft(): PyValue {
    const v = this.buf[this.head];
    this.buf[this.head] = undefined as unknown as PyValue;
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.size--;
    this.state++;
    return v;
  }

  /** CPython: deque_pop_impl (without the empty check) */
  popRight(): PyValue {
    const i = (this.head + this.size - 1) & (this.buf.length - 1);
    const v = this.buf[i];
    this.buf[i] = undefined as unknown as PyValue;
    this.size--;
    this.state++;
    return v;
  }

  /** CPython: deque_append_lock_held */
  append(v: PyValue, maxlen: number): void {
    this.pushRight(v);
    if (maxlen >= 0 && this.size > maxlen) this.popLeft();
    else this.state++;
  }

  /** CPython: deque_appendleft_lock_held */
  appendLeft(v: PyValue, maxlen: number): void {
    this.pushLeft(v);
    if (maxlen >= 0 && this.size > maxlen) this.popRight();
    else this.state++;
  }

  toArray(): PyValue[] {
    const out = new Array<PyValue>(this.size);
    for (let i = 0; i < this.size; i++) out[i] = this.at(i);
    return out;
  }

  clearAll(): void {
    if (this.size === 0) return;
    this.buf = new Array<PyValue>(8);
    this.head = 0;
    this.size = 0;
    this.state++;
  }

  /** Rotates right by n (left when negative).  CPython: _deque_rotate */
  rotate(n: number): void {
    const len = this.size;
    const halflen = len >> 1;
    if (len <= 1) return;
    if (n > halflen || n < -halflen) {
      n %= len;
      if (n > halflen) n -= len;
      else if (n < -halflen) n += len;
    }
    this.state++;
    if (n === 0) return;
    const items = this.toArray();
    const k = ((n % len) + len) % len;
    for (let i = 0; i < len; i++) this.setAt((i + k) % len, items[i]);
  }
}

function D(v: PyValue): PyDeque {
  return v as PyDeque;
}

function dequeNew(type: PyType): PyValue {
  return type === DequeType ? new PyDeque() : newHeapInstance(PyDeque, type);
}

/** CPython: deque_init_impl */
function dequeInit(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): void {
  const [iterable, maxlenobj] = bindArguments(
    parseSignature('(iterable=<unrepresentable>, maxlen=<unrepresentable>)'),
    { short: 'deque', funcStr: 'deque()' },
    args,
    kwnames,
  ) as (PyValue | undefined)[];
  const deque = D(self);
  let maxlen = -1;
  if (maxlenobj !== undefined && maxlenobj !== None) {
    if (typeof maxlenobj !== 'number' && typeof maxlenobj !== 'bigint' && typeof maxlenobj !== 'boolean' && typeOf(maxlenobj).nb_index === null) {
      throw typeError('an integer is required');
    }
    maxlen = ssizeArg(maxlenobj);
    if (maxlen < 0) throw valueError('maxlen must be non-negative');
  }
  deque.maxlen = maxlen;
  if (deque.size > 0) deque.clearAll();
  if (iterable !== undefined) dequeExtend(deque, iterable);
}

function consume(it: PyValue): void {
  const next = typeOf(it).tp_iternext!;
  for (let x = next(it); x !== undefined; x = next(it)) {
    // discard
  }
}

/** CPython: deque_extend_impl */
function dequeExtend(deque: PyDeque, iterable: PyValue): void {
  if (iterable === deque) {
    dequeExtend(deque, new PyList(deque.toArray()));
    return;
  }
  const it = PyObject_GetIter(iterable);
  const maxlen = deque.maxlen;
  if (maxlen === 0) {
    consume(it);
    return;
  }
  const next = typeOf(it).tp_iternext!;
  for (;;) {
    let item: PyValue | undefined;
    try {
      item = next(it);
    } catch (e) {
      if (isStopIteration(e)) break;
      throw e;
    }
    if (item === undefined) break;
    deque.append(item, maxlen);
  }
}

function dequeExtendLeft(deque: PyDeque, iterable: PyValue): void {
  if (iterable === deque) {
    dequeExtendLeft(deque, new PyList(deque.toArray()));
    return;
  }
  const it = PyObject_GetIter(iterable);
  const maxlen = deque.maxlen;
  if (maxlen === 0) {
    consume(it);
    return;
  }
  const next = typeOf(it).tp_iternext!;
  for (;;) {
    let item: PyValue | undefined;
    try {
      item = next(it);
    } catch (e) {
      if (isStopIteration(e)) break;
      throw e;
    }
    if (item === undefined) break;
    deque.appendLeft(item, maxlen);
  }
}

function dequePop(deque: PyDeque): PyValue {
  if (deque.size === 0) throw indexError('pop from an empty deque');
  return deque.popRight();
}

function dequePopLeft(deque: PyDeque): PyValue {
  if (deque.size === 0) throw indexError('pop from an empty deque');
  return deque.popLeft();
}

/** CPython: deque_copy_impl */
function dequeCopy(deque: PyDeque): PyValue {
  if (deque.ob_type === DequeType) {
    const nd = new PyDeque();
    nd.maxlen = deque.maxlen;
    for (let i = 0; i < deque.size; i++) nd.append(deque.at(i), nd.maxlen);
    return nd;
  }
  const t = deque.ob_type;
  const result = deque.maxlen < 0 ? PyObject_Call(t, [deque], null) : PyObject_Call(t, [deque, deque.maxlen], null);
  if (!PyObject_TypeCheck(result, DequeType)) {
    throw typeError(`${t.tp_name}() must return a deque, not ${typeOf(result).tp_name}`);
  }
  return result;
}

function dequeConcat(self: PyValue, other: PyValue): PyValue {
  if (!PyObject_IsInstance(other, DequeType)) {
    throw typeError(`can only concatenate deque (not "${typeOf(other).tp_name}") to deque`);
  }
  const nd = dequeCopy(D(self)) as PyDeque;
  dequeExtend(nd, other);
  return nd;
}

function dequeInplaceConcat(self: PyValue, other: PyValue): PyValue {
  dequeExtend(D(self), other);
  return self;
}

/** CPython: deque_inplace_repeat_lock_held */
function dequeInplaceRepeat(self: PyValue, n: number): PyValue {
  const deque = D(self);
  const size = deque.size;
  if (size === 0 || n === 1) return self;
  if (n <= 0) {
    deque.clearAll();
    return self;
  }
  if (size === 1) {
    const item = deque.at(0);
    if (deque.maxlen >= 0 && n > deque.maxlen) n = deque.maxlen;
    deque.state++;
    for (let i = 0; i < n - 1; i++) deque.pushRight(item);
    return self;
  }
  if (size * n > 2 ** 32) throw memoryError();
  const seq = deque.toArray();
  if (deque.maxlen >= 0 && n * size > deque.maxlen) n = Math.floor((deque.maxlen + size - 1) / size);
  for (let i = 0; i < n - 1; i++) dequeExtend(deque, new PyList(seq));
  return self;
}

function dequeRepeat(self: PyValue, n: number): PyValue {
  const nd = dequeCopy(D(self));
  return dequeInplaceRepeat(nd, n);
}

function dequeRotate(deque: PyDeque, n: PyValue): void {
  deque.rotate(n === undefined ? 1 : ssizeArg(n));
}

function dequeReverse(deque: PyDeque): void {
  const n = deque.size;
  for (let i = 0, j = n - 1; i < j; i++, j--) {
    const t = deque.at(i);
    deque.setAt(i, deque.at(j));
    deque.setAt(j, t);
  }
}

function mutated(): PyObject {
  return runtimeError('deque mutated during iteration');
}

function dequeCount(deque: PyDeque, v: PyValue): PyValue {
  const n = deque.size;
  const start = deque.state;
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (PyObject_RichCompareBool(deque.at(i), v, CompareOp.EQ)) count++;
    if (start !== deque.state) throw mutated();
  }
  return count;
}

function dequeContains(self: PyValue, v: PyValue): boolean {
  const deque = D(self);
  const n = deque.size;
  const start = deque.state;
  for (let i = 0; i < n; i++) {
    if (PyObject_RichCompareBool(deque.at(i), v, CompareOp.EQ)) return true;
    if (start !== deque.state) throw mutated();
  }
  return false;
}

function dequeLen(self: PyValue): number {
  return D(self).size;
}

function dequeIndex(deque: PyDeque, v: PyValue, startObj: PyValue | undefined, stopObj: PyValue | undefined): PyValue {
  let start = startObj === undefined ? 0 : sliceIndexNotNone(startObj);
  let stop = stopObj === undefined ? SSIZE_MAX : sliceIndexNotNone(stopObj);
  const size = deque.size;
  const state = deque.state;
  if (start < 0) {
    start += size;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += size;
    if (stop < 0) stop = 0;
  }
  if (stop > size) stop = size;
  if (start > stop) start = stop;
  for (let i = start; i < stop; i++) {
    if (PyObject_RichCompareBool(deque.at(i), v, CompareOp.EQ)) return i;
    if (state !== deque.state) throw mutated();
  }
  throw valueError('deque.index(x): x not in deque');
}

function dequeInsert(deque: PyDeque, indexObj: PyValue, value: PyValue): void {
  const index = ssizeArg(indexObj);
  const n = deque.size;
  if (deque.maxlen === n) throw indexError('deque already at its maximum size');
  if (index >= n) {
    deque.append(value, deque.maxlen);
    return;
  }
  if (index <= -n || index === 0) {
    deque.appendLeft(value, deque.maxlen);
    return;
  }
  deque.rotate(-index);
  if (index < 0) deque.append(value, deque.maxlen);
  else deque.appendLeft(value, deque.maxlen);
  deque.rotate(index);
}

function dequeItem(self: PyValue, i: number): PyValue {
  const deque = D(self);
  if (i < 0 || i >= deque.size) throw indexError('deque index out of range');
  return deque.at(i);
}

function dequeDelItem(deque: PyDeque, i: number): void {
  deque.rotate(-i);
  deque.popLeft();
  deque.rotate(i);
}

function dequeAssItem(self: PyValue, i: number, v: PyValue | null): void {
  const deque = D(self);
  if (i < 0 || i >= deque.size) throw indexError('deque index out of range');
  if (v === null) dequeDelItem(deque, i);
  else deque.setAt(i, v);
}

function dequeRemove(deque: PyDeque, value: PyValue): void {
  const n = deque.size;
  const start = deque.state;
  let i = 0;
  for (; i < n; i++) {
    const cmp = PyObject_RichCompareBool(deque.at(i), value, CompareOp.EQ);
    if (start !== deque.state) throw indexError('deque mutated during iteration');
    if (cmp) break;
  }
  if (i === n) throw valueError('deque.remove(x): x not in deque');
  dequeDelItem(deque, i);
}

function dequeRepr(self: PyValue): string {
  if (!enterRepr(self)) return '[...]';
  try {
    const deque = D(self);
    const aslist = PyObject_Repr(new PyList(iterableToArray(self)));
    const name = deque.ob_type.name;
    if (deque.maxlen >= 0) return `${name}(${aslist}, maxlen=${deque.maxlen})`;
    return `${name}(${aslist})`;
  } finally {
    leaveRepr(self);
  }
}

/** Compares element by element, like lists.  CPython: deque_richcompare */
function dequeRichcompare(v: PyValue, w: PyValue, op: CompareOp): PyValue {
  if (!PyObject_TypeCheck(v, DequeType) || !PyObject_TypeCheck(w, DequeType)) return NotImplemented;
  const vs = D(v).size;
  const ws = D(w).size;
  if (op === CompareOp.EQ) {
    if (v === w) return true;
    if (vs !== ws) return false;
  }
  if (op === CompareOp.NE) {
    if (v === w) return false;
    if (vs !== ws) return true;
  }
  const it1 = PyObject_GetIter(v);
  const it2 = PyObject_GetIter(w);
  const n1 = typeOf(it1).tp_iternext!;
  const n2 = typeOf(it2).tp_iternext!;
  let x: PyValue | undefined;
  let y: PyValue | undefined;
  for (;;) {
    x = n1(it1);
    y = n2(it2);
    if (x === undefined || y === undefined) break;
    if (!PyObject_RichCompareBool(x, y, CompareOp.EQ)) return PyObject_RichCompareBool(x, y, op);
  }
  switch (op) {
    case CompareOp.LT:
      return y !== undefined;
    case CompareOp.LE:
      return x === undefined;
    case CompareOp.EQ:
      return x === y;
    case CompareOp.NE:
      return x !== y;
    case CompareOp.GT:
      return x !== undefined;
    case CompareOp.GE:
      return y === undefined;
  }
}

function dequeReduce(deque: PyDeque): PyValue {
  const state = PyObject_CallMethod(deque, '__getstate__', []);
  const it = PyObject_GetIter(deque);
  if (deque.maxlen < 0) return new PyTuple([deque.ob_type, EMPTY_TUPLE, state, it]);
  return new PyTuple([deque.ob_type, new PyTuple([EMPTY_TUPLE, deque.maxlen]), state, it]);
}

/** __sizeof__ as on 64-bit CPython (the object plus 64-slot blocks of 8-byte pointers). */
function dequeSizeof(deque: PyDeque): PyValue {
  const blocks = Math.floor((deque.size + 64) / 64) || 1;
  return 88 + blocks * (64 * 8 + 16);
}

// ---- deque iterators ----

export class PyDequeIter extends PyObject {
  override ob_type: PyType;
  state: number;
  counter: number;
  /** Logical position of the next item. */
  index: number;
  constructor(
    readonly deque: PyDeque,
    reverse: boolean,
  ) {
    super();
    this.ob_type = reverse ? DequeRevIterType : DequeIterType;
    this.state = deque.state;
    this.counter = deque.size;
    this.index = reverse ? deque.size - 1 : 0;
  }
}

function dequeIterNext(self: PyValue): PyValue | undefined {
  const it = self as PyDequeIter;
  if (it.deque.state !== it.state) {
    it.counter = 0;
    throw mutated();
  }
  if (it.counter === 0) return undefined;
  const item = it.deque.at(it.index);
  it.index++;
  it.counter--;
  return item;
}

function dequeRevIterNext(self: PyValue): PyValue | undefined {
  const it = self as PyDequeIter;
  if (it.counter === 0) return undefined;
  if (it.deque.state !== it.state) {
    it.counter = 0;
    throw mutated();
  }
  const item = it.deque.at(it.index);
  it.index--;
  it.counter--;
  return item;
}

function dequeIterNew(reverse: boolean) {
  return (_type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue => {
    const name = reverse ? '_deque_reverse_iterator' : '_deque_iterator';
    if (kwnames !== null && kwnames.length) throw typeError(`${name}() takes no keyword arguments`);
    if (args.length < 1 || args.length > 2) throw typeError(`${name}() takes at most 2 arguments (${args.length} given)`);
    const deque = args[0];
    if (!PyObject_TypeCheck(deque, DequeType)) {
      throw typeError(`${name}() argument 1 must be collections.deque, not ${typeOf(deque).tp_name}`);
    }
    const index = args.length > 1 ? ssizeArg(args[1]) : 0;
    const it = new PyDequeIter(deque as PyDeque, reverse);
    const next = reverse ? dequeRevIterNext : dequeIterNext;
    for (let i = 0; i < index; i++) if (next(it) === undefined) break;
    return it;
  };
}

function dequeIterReduce(it: PyDequeIter): PyValue {
  return new PyTuple([it.ob_type, new PyTuple([it.deque, it.deque.size - it.counter])]);
}

const iterMethods = {
  __length_hint__: { sig: '($self, /)', impl: (it: PyDequeIter) => it.counter, doc: 'Private method returning an estimate of len(list(it)).' },
  __reduce__: { sig: '($self, /)', impl: dequeIterReduce, doc: 'Return state information for pickling.' },
};

export const DequeIterType: PyType = defineBuiltinType({
  name: 'collections._deque_iterator',
  slots: { tp_iter: (s: PyValue) => s, tp_iternext: dequeIterNext, tp_new: dequeIterNew(false) },
  methods: iterMethods,
});

export const DequeRevIterType: PyType = defineBuiltinType({
  name: 'collections._deque_reverse_iterator',
  slots: { tp_iter: (s: PyValue) => s, tp_iternext: dequeRevIterNext, tp_new: dequeIterNew(true) },
  methods: iterMethods,
});

export const DequeType: PyType = defineBuiltinType({
  name: 'collections.deque',
  doc: 'A list-like sequence optimized for data accesses near its endpoints.',
  flags: TPFLAGS.BASETYPE | TPFLAGS.SEQUENCE,
  instanceClass: PyDeque,
  alloc: (t) => dequeNew(t) as PyDeque,
  weakrefable: true,
  slots: {
    tp_new: dequeNew,
    tp_init: dequeInit,
    tp_repr: dequeRepr,
    tp_richcompare: dequeRichcompare,
    tp_iter: (s: PyValue) => new PyDequeIter(D(s), false),
    tp_hash: null,
  },
  sequence: {
    sq_length: dequeLen,
    sq_concat: dequeConcat,
    sq_repeat: dequeRepeat,
    sq_item: dequeItem,
    sq_ass_item: dequeAssItem,
    sq_contains: dequeContains,
    sq_inplace_concat: dequeInplaceConcat,
    sq_inplace_repeat: dequeInplaceRepeat,
  },
  methods: {
    append: { sig: '($self, item, /)', impl: (d: PyDeque, v: PyValue) => d.append(v, d.maxlen), doc: 'Add an element to the right side of the deque.' },
    appendleft: { sig: '($self, item, /)', impl: (d: PyDeque, v: PyValue) => d.appendLeft(v, d.maxlen), doc: 'Add an element to the left side of the deque.' },
    clear: { sig: '($self, /)', impl: (d: PyDeque) => d.clearAll(), doc: 'Remove all elements from the deque.' },
    __copy__: { sig: '($self, /)', impl: dequeCopy, doc: 'Return a shallow copy of a deque.' },
    copy: { sig: '($self, /)', impl: dequeCopy, doc: 'Return a shallow copy of a deque.' },
    count: { sig: '($self, value, /)', impl: dequeCount, doc: 'Return number of occurrences of value.' },
    extend: { sig: '($self, iterable, /)', impl: dequeExtend, doc: 'Extend the right side of the deque with elements from the iterable.' },
    extendleft: { sig: '($self, iterable, /)', impl: dequeExtendLeft, doc: 'Extend the left side of the deque with elements from the iterable.' },
    index: { sig: '($self, value, [start, [stop]])', impl: dequeIndex, doc: 'Return first index of value.' },
    insert: { sig: '($self, index, value, /)', impl: dequeInsert, doc: 'Insert value before index.' },
    pop: { sig: '($self, /)', impl: dequePop, doc: 'Remove and return the rightmost element.' },
    popleft: { sig: '($self, /)', impl: dequePopLeft, doc: 'Remove and return the leftmost element.' },
    __reduce__: { sig: '($self, /)', impl: dequeReduce, doc: 'Return state information for pickling.' },
    remove: { sig: '($self, value, /)', impl: dequeRemove, doc: 'Remove first occurrence of value.' },
    __reversed__: { sig: '($self, /)', impl: (d: PyDeque) => new PyDequeIter(d, true), doc: 'Return a reverse iterator over the deque.' },
    reverse: { sig: '($self, /)', impl: dequeReverse, doc: 'Reverse *IN PLACE*.' },
    rotate: { sig: '($self, n=1, /)', impl: dequeRotate, doc: 'Rotate the deque n steps to the right.  If n is negative, rotates left.' },
    __sizeof__: { sig: '($self, /)', impl: dequeSizeof, doc: 'Return the size of the deque in memory, in bytes.' },
    __class_getitem__: genericAliasClassMethod('deques are generic over the type of their contents'),
  },
  getset: {
    maxlen: { get: (d: PyDeque) => (d.maxlen < 0 ? None : d.maxlen), doc: 'maximum size of a deque or None if unbounded' },
  },
});

// ---- defaultdict ----

export class PyDefaultDict extends PyDict {
  default_factory: PyValue = None;
}

function defdictNew(type: PyType): PyValue {
  return type === DefaultDictType ? new PyDefaultDict() : newHeapInstance(PyDefaultDict, type);
}

/** CPython: defdict_init */
function defdictInit(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): void {
  const dd = self as PyDefaultDict;
  const nargs = args.length - (kwnames?.length ?? 0);
  let newdefault: PyValue = None;
  let rest = args;
  if (nargs > 0) {
    newdefault = args[0];
    if (typeOf(newdefault).tp_call === null && newdefault !== None) throw typeError('first argument must be callable or None');
    rest = args.slice(1);
  }
  dd.default_factory = newdefault;
  DictType.tp_init!(self, rest, kwnames);
}

/** self[key] = factory() for a missing key.  CPython: defdict_missing */
function defdictMissing(dd: PyDefaultDict, key: PyValue): PyValue {
  const factory = dd.default_factory;
  if (factory === None) throw newException(PyExc_KeyError, [key]);
  const value = PyObject_Call(factory, [], null);
  const existing = dd.get(key);
  if (existing !== undefined) return existing;
  dd.set(key, value);
  return value;
}

function newDefdict(dd: PyDefaultDict, arg: PyValue): PyValue {
  return PyObject_Call(dd.ob_type, [dd.default_factory, arg], null);
}

function defdictCopy(dd: PyDefaultDict): PyValue {
  return newDefdict(dd, dd);
}

function defdictRepr(self: PyValue): string {
  const dd = self as PyDefaultDict;
  const baserepr = dictRepr(self);
  let defrepr: string;
  if (!enterRepr(dd.default_factory)) defrepr = '...';
  else {
    try {
      defrepr = PyObject_Repr(dd.default_factory);
    } finally {
      leaveRepr(dd.default_factory);
    }
  }
  return `${dd.ob_type.name}(${defrepr}, ${baserepr})`;
}

function defdictReduce(dd: PyDefaultDict): PyValue {
  const args = dd.default_factory === None ? EMPTY_TUPLE : new PyTuple([dd.default_factory]);
  const items = PyObject_CallMethod(dd, 'items', []);
  return new PyTuple([dd.ob_type, args, None, None, PyObject_GetIter(items)]);
}

/** CPython: defdict_or */
function defdictOr(left: PyValue, right: PyValue): PyValue {
  let self: PyValue;
  let other: PyValue;
  if (PyObject_TypeCheck(left, DefaultDictType)) {
    self = left;
    other = right;
  } else {
    self = right;
    other = left;
  }
  if (!(other instanceof PyDict)) return NotImplemented;
  const nw = newDefdict(self as PyDefaultDict, left);
  dictUpdateArg(nw as PyDict, right);
  return nw;
}

export const DefaultDictType: PyType = defineBuiltinType({
  name: 'collections.defaultdict',
  doc: 'defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\nThe default factory is called without arguments to produce\na new value when a key is not present, in __getitem__ only.',
  base: () => DictType,
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyDefaultDict,
  alloc: (t) => defdictNew(t) as PyDefaultDict,
  slots: { tp_init: defdictInit, tp_repr: defdictRepr },
  number: { nb_or: defdictOr },
  methods: {
    __missing__: {
      sig: '($self, object, /)',
      impl: defdictMissing,
      doc: '__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n  if self.default_factory is None: raise KeyError((key,))\n  self[key] = value = self.default_factory()\n  return value\n',
    },
    copy: { sig: '($self, /)', impl: defdictCopy, doc: 'D.copy() -> a shallow copy of D.' },
    __copy__: { sig: '($self, /)', impl: defdictCopy, doc: 'D.copy() -> a shallow copy of D.' },
    __reduce__: { sig: '($self, /)', impl: defdictReduce, doc: 'Return state information for pickling.' },
    __class_getitem__: genericAliasClassMethod(
      "defaultdicts are generic over two types, signifying (respectively) the types of the dictionary's keys and values",
    ),
  },
  getset: {
    default_factory: {
      get: (dd: PyDefaultDict) => dd.default_factory,
      set: (dd: PyDefaultDict, v: PyValue | null) => void (dd.default_factory = v ?? None),
      doc: 'Factory for default value called by __missing__().',
    },
  },
});

// ---- _count_elements ----

/** Counter's tally loop: mapping[elem] = mapping.get(elem, 0) + 1.  CPython: _collections__count_elements_impl */
function countElements(_m: PyValue, mapping: PyValue, iterable: PyValue): void {
  const it = PyObject_GetIter(iterable);
  const next = typeOf(it).tp_iternext!;
  const mt = typeOf(mapping);
  const fast =
    mapping instanceof PyDict &&
    _PyType_Lookup(mt, 'get') === _PyType_Lookup(DictType, 'get') &&
    _PyType_Lookup(mt, '__setitem__') === _PyType_Lookup(DictType, '__setitem__');
  if (fast) {
    const d = mapping as PyDict;
    for (let key = next(it); key !== undefined; key = next(it)) {
      const oldval = d.get(key);
      d.set(key, oldval === undefined ? 1 : PyNumber_Add(oldval, 1));
    }
    return;
  }
  const get = PyObject_GetAttr(mapping, 'get');
  for (let key = next(it); key !== undefined; key = next(it)) {
    const oldval = PyObject_Call(get, [key, 0], null);
    const newval = oldval === 0 ? 1 : PyNumber_Add(oldval, 1);
    PyObject_SetItem(mapping, key, newval);
  }
}

// ---- _tuplegetter ----

export class PyTupleGetter extends PyObject {
  constructor(
    readonly index: number,
    public doc: PyValue,
  ) {
    super();
  }
}

function tuplegetterNew(_type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const [index, doc] = bindArguments(parseSignature('(index, doc, /)'), { short: '_tuplegetter', funcStr: '_tuplegetter()' }, args, kwnames) as PyValue[];
  return new PyTupleGetter(ssizeArg(index), doc);
}

function tuplegetterGet(self: PyValue, obj: PyValue | null): PyValue {
  const tg = self as PyTupleGetter;
  if (obj === null) return self;
  if (!(obj instanceof PyTuple)) {
    if (obj === None) return self;
    throw typeError(`descriptor for index '${tg.index}' for tuple subclasses doesn't apply to '${typeOf(obj).tp_name}' object`);
  }
  if (tg.index < 0 || tg.index >= obj.items.length) throw indexError('tuple index out of range');
  return obj.items[tg.index];
}

function tuplegetterSet(_self: PyValue, _obj: PyValue, value: PyValue | null): void {
  throw attributeError(value === null ? "can't delete attribute" : "can't set attribute");
}

export const TupleGetterType: PyType = defineBuiltinType({
  name: 'collections._tuplegetter',
  instanceClass: PyTupleGetter,
  slots: {
    tp_new: tuplegetterNew,
    tp_repr: (s: PyValue) => `${typeOf(s).name}(${(s as PyTupleGetter).index}, ${PyObject_Repr((s as PyTupleGetter).doc)})`,
    tp_descr_get: tuplegetterGet,
    tp_descr_set: tuplegetterSet,
  },
  methods: {
    __reduce__: { sig: '($self, /)', impl: (s: PyTupleGetter) => new PyTuple([s.ob_type, new PyTuple([s.index, s.doc])]) },
  },
  getset: {
    __doc__: { get: (s: PyTupleGetter) => s.doc, set: (s: PyTupleGetter, v: PyValue | null) => void (s.doc = v ?? None) },
  },
});

export const collectionsModule = defineModule({
  name: '_collections',
  doc: 'High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n',
  functions: {
    _count_elements: { sig: '($module, mapping, iterable, /)', impl: countElements, doc: 'Count elements in the iterable, updating the mapping' },
  },
  constants: () => ({
    deque: DequeType,
    defaultdict: DefaultDictType,
    OrderedDict: ODictType,
    _deque_iterator: DequeIterType,
    _deque_reverse_iterator: DequeRevIterType,
    _tuplegetter: TupleGetterType,
  }),
});

