// The range type and its iterators.  CPython: Objects/rangeobject.c
//
// start/stop/step/length are Python ints (JS numbers while exact, bigints beyond). Iterators over
// ranges whose values all fit JS numbers are PyRangeIter (the VM's FOR_ITER steps them inline);
// others are PyLongRangeIter. As on 64-bit CPython, an iterator whose bounds fit a C long has type
// range_iterator and any other longrange_iterator, whichever JS class holds it.
import { None, NotImplemented, PyObject, type PyIntValue, type PyValue } from './object.ts';
import { PyType, CompareOp, typeOf } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { PyNumber_Index, PyObject_EqualBool, PyObject_Hash, PyObject_Repr, PyObject_GetIter, bigLength } from './abstract.ts';
import { typeError, valueError, indexError, overflowError } from './exceptions.ts';
import { intAdd, intSub, intMul, intFloorDiv, intMod, normInt } from './int.ts';
import { PySlice, sliceGetLongIndices } from './slice.ts';
import { PyTuple } from './tuple.ts';
import { builtinIter } from './iterobject.ts';

export class PyRange extends PyObject {
  constructor(
    readonly start: PyIntValue,
    readonly stop: PyIntValue,
    readonly step: PyIntValue,
    readonly length: PyIntValue,
  ) {
    super();
  }
}

const LONG_MAX = 2n ** 63n - 1n;
const LONG_MIN = -(2n ** 63n);

/** len(range(start, stop, step)).  CPython: compute_range_length */
function rangeLength(start: PyIntValue, stop: PyIntValue, step: PyIntValue): PyIntValue {
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  const a = BigInt(start);
  const b = BigInt(stop);
  const s = BigInt(step);
  if (s > 0n) return a < b ? normInt((b - a - 1n) / s + 1n) : 0;
  return a > b ? normInt((a - b - 1n) / -s + 1n) : 0;
}

export function makeRange(start: PyIntValue, stop: PyIntValue, step: PyIntValue): PyRange {
  return new PyRange(start, stop, step, rangeLength(start, stop, step));
}

function rangeNew(_type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length) throw typeError('range() takes no keyword arguments');
  const n = args.length;
  if (n === 0) throw typeError('range expected at least 1 argument, got 0');
  if (n > 3) throw typeError(`range expected at most 3 arguments, got ${n}`);
  if (n === 1) return makeRange(0, PyNumber_Index(args[0]), 1);
  const start = PyNumber_Index(args[0]);
  const stop = PyNumber_Index(args[1]);
  let step: PyIntValue = 1;
  if (n === 3) {
    step = PyNumber_Index(args[2]);
    if (step === 0 || step === 0n) throw valueError('range() arg 3 must not be zero');
  }
  return makeRange(start, stop, step);
}

function rangeRepr(self: PyValue): string {
  const r = self as PyRange;
  const s = PyObject_Repr(r.start);
  const e = PyObject_Repr(r.stop);
  return r.step === 1 ? `range(${s}, ${e})` : `range(${s}, ${e}, ${PyObject_Repr(r.step)})`;
}

/** start + i * step.  CPython: compute_item */
function computeItem(r: PyRange, i: PyIntValue): PyIntValue {
  return r.step === 1 ? intAdd(r.start, i) : intAdd(r.start, intMul(i, r.step));
}

/** CPython: compute_range_item */
function computeRangeItem(r: PyRange, arg: PyIntValue): PyIntValue {
  const i = arg < 0 ? intAdd(r.length, arg) : arg;
  if (i < 0 || i >= r.length) throw indexError('range object index out of range');
  return computeItem(r, i);
}

/** CPython: range_length */
function rangeLen(self: PyValue): number {
  const l = (self as PyRange).length;
  if (typeof l === 'bigint') {
    if (l > LONG_MAX) throw overflowError('Python int too large to convert to C ssize_t');
    return bigLength(l);
  }
  return l;
}

function rangeItem(self: PyValue, i: number): PyValue {
  return computeRangeItem(self as PyRange, i);
}

function rangeSubscript(self: PyValue, key: PyValue): PyValue {
  const r = self as PyRange;
  const t = typeof key;
  if (t === 'number' || t === 'bigint' || t === 'boolean' || typeOf(key).nb_index !== null) {
    return computeRangeItem(r, PyNumber_Index(key));
  }
  if (key instanceof PySlice) {
    const [start, stop, step] = sliceGetLongIndices(key, r.length);
    return makeRange(computeItem(r, start), computeItem(r, stop), intMul(r.step, step));
  }
  throw typeError(`range indices must be integers or slices, not ${typeOf(key).tp_name}`);
}

/** `ob in r` for an int or bool.  CPython: range_contains_long */
function rangeContainsLong(r: PyRange, ob: PyIntValue): boolean {
  if (r.step > 0 ? !(r.start <= ob && ob < r.stop) : !(ob <= r.start && r.stop < ob)) return false;
  const m = intMod(intSub(ob, r.start), r.step);
  return m === 0;
}

function isIntOrBool(v: PyValue): v is number | bigint | boolean {
  const t = typeof v;
  return t === 'number' || t === 'bigint' || t === 'boolean';
}

function asInt(v: number | bigint | boolean): PyIntValue {
  return typeof v === 'boolean' ? (v ? 1 : 0) : v;
}

function rangeContains(self: PyValue, ob: PyValue): boolean {
  const r = self as PyRange;
  if (isIntOrBool(ob)) return rangeContainsLong(r, asInt(ob));
  const it = PyObject_GetIter(r);
  const next = typeOf(it).tp_iternext!;
  for (let x = next(it); x !== undefined; x = next(it)) if (PyObject_EqualBool(x, ob)) return true;
  return false;
}

/** CPython: range_equals */
function rangeEquals(r0: PyRange, r1: PyRange): boolean {
  if (r0 === r1) return true;
  if (r0.length !== r1.length) return false;
  if (r0.length === 0) return true;
  if (r0.start !== r1.start) return false;
  if (r0.length === 1) return true;
  return r0.step === r1.step;
}

function rangeRichcompare(a: PyValue, b: PyValue, op: CompareOp): PyValue {
  if (!(b instanceof PyRange) || (op !== CompareOp.EQ && op !== CompareOp.NE)) return NotImplemented;
  const eq = rangeEquals(a as PyRange, b);
  return op === CompareOp.EQ ? eq : !eq;
}

/** hash((len, start, step)), with None for what does not matter.  CPython: range_hash */
function rangeHash(self: PyValue): PyIntValue {
  const r = self as PyRange;
  if (r.length === 0) return PyObject_Hash(new PyTuple([r.length, None, None]));
  if (r.length === 1) return PyObject_Hash(new PyTuple([r.length, r.start, None]));
  return PyObject_Hash(new PyTuple([r.length, r.start, r.step]));
}

function rangeBool(self: PyValue): boolean {
  const l = (self as PyRange).length;
  return l !== 0;
}

// ---- iteration ----

/** Iterates a range whose values all fit JS numbers (FOR_ITER steps it inline). */
export class PyRangeIter extends PyObject {
  constructor(
    public next: number,
    public step: number,
    public remaining: number,
  ) {
    super();
  }
}

/** Iterates any other range; its type is range_iterator or longrange_iterator as on 64-bit CPython. */
export class PyLongRangeIter extends PyObject {
  override ob_type: PyType;
  constructor(
    public start: PyIntValue,
    public step: PyIntValue,
    public len: PyIntValue,
    type: PyType,
  ) {
    super();
    this.ob_type = type;
  }
}

/** The value fits a C long (JS numbers always do: ints beyond 2**53 are bigints). */
function inLong(v: PyIntValue): boolean {
  return typeof v === 'number' || (v >= LONG_MIN && v <= LONG_MAX);
}

/** An iterator from start by step for len items, of the fast class when every value is exact. */
function newRangeIter(start: PyIntValue, step: PyIntValue, len: PyIntValue, fitsLong: boolean): PyValue {
  if (typeof start === 'number' && typeof step === 'number' && typeof len === 'number') {
    const end = start + len * step;
    if (Math.abs(end) <= Number.MAX_SAFE_INTEGER && Math.abs(end - step) <= Number.MAX_SAFE_INTEGER) {
      return new PyRangeIter(start, step, len);
    }
  }
  return new PyLongRangeIter(start, step, len, fitsLong ? RangeIterType : LongRangeIterType);
}

/** CPython: range_iter */
function rangeIter(self: PyValue): PyValue {
  const r = self as PyRange;
  let fits = inLong(r.start) && inLong(r.stop) && inLong(r.step) && inLong(r.length);
  if (fits && r.length !== 0) {
    // lstart + len * lstep must not overflow either.
    const stop = BigInt(r.stop);
    const step = BigInt(r.step);
    fits = step > 0n ? stop <= LONG_MAX - (step - 1n) : stop >= LONG_MIN + (-1n - step);
  }
  return newRangeIter(r.start, r.step, r.length, fits);
}

/** reversed(range(start, stop, step)) runs start+(n-1)*step down to start by -step.  CPython: range_reverse */
function rangeReversed(r: PyRange): PyValue {
  let fits = inLong(r.start) && inLong(r.stop) && inLong(r.step) && inLong(r.length);
  if (fits) {
    const start = BigInt(r.start);
    const step = BigInt(r.step);
    fits = step !== LONG_MIN && (step > 0n ? start - step >= LONG_MIN : start - step <= LONG_MAX);
  }
  const start = computeItem(r, intSub(r.length, 1));
  return newRangeIter(start, intSub(0, r.step), r.length, fits);
}

function rangeIterNext(self: PyValue): PyValue | undefined {
  if (self instanceof PyLongRangeIter) return longRangeIterNext(self);
  const it = self as PyRangeIter;
  if (it.remaining <= 0) return undefined;
  const v = it.next;
  it.next += it.step;
  it.remaining--;
  return v;
}

function longRangeIterNext(self: PyValue): PyValue | undefined {
  const it = self as PyLongRangeIter;
  if (!(it.len > 0)) return undefined;
  const v = it.start;
  it.start = intAdd(it.start, it.step);
  it.len = intSub(it.len, 1);
  return v;
}

function iterState(it: PyRangeIter | PyLongRangeIter): [PyIntValue, PyIntValue, PyIntValue] {
  if (it instanceof PyRangeIter) return [it.next, it.step, Math.max(0, it.remaining)];
  return [it.start, it.step, it.len];
}

function rangeIterLengthHint(it: PyRangeIter | PyLongRangeIter): PyValue {
  return iterState(it)[2];
}

function rangeIterReduce(it: PyRangeIter | PyLongRangeIter): PyValue {
  const [start, step, len] = iterState(it);
  const range = makeRange(start, intAdd(start, intMul(len, step)), step);
  return new PyTuple([builtinIter(), new PyTuple([range]), None]);
}

function rangeIterSetstate(it: PyRangeIter | PyLongRangeIter, state: PyValue): void {
  if (it instanceof PyLongRangeIter && it.ob_type === LongRangeIterType && !(typeof state === 'number' || typeof state === 'bigint')) {
    throw typeError(`state must be an int, not ${typeOf(state).tp_name}`);
  }
  let index = PyNumber_Index(state);
  const [start, step, len] = iterState(it);
  if (index < 0) index = 0;
  else if (index > len) index = len;
  const newStart = intAdd(start, intMul(index, step));
  const newLen = intSub(len, index);
  if (it instanceof PyRangeIter) {
    it.next = newStart as number;
    it.remaining = newLen as number;
  } else {
    it.start = newStart;
    it.len = newLen;
  }
}

function rangeCount(r: PyRange, ob: PyValue): PyValue {
  if (isIntOrBool(ob)) return rangeContainsLong(r, asInt(ob)) ? 1 : 0;
  let n = 0;
  const it = PyObject_GetIter(r);
  const next = typeOf(it).tp_iternext!;
  for (let x = next(it); x !== undefined; x = next(it)) if (PyObject_EqualBool(x, ob)) n++;
  return n;
}

function rangeIndex(r: PyRange, ob: PyValue): PyValue {
  if (!isIntOrBool(ob)) {
    let i = 0;
    const it = PyObject_GetIter(r);
    const next = typeOf(it).tp_iternext!;
    for (let x = next(it); x !== undefined; x = next(it), i++) if (PyObject_EqualBool(x, ob)) return i;
    throw valueError('sequence.index(x): x not in sequence');
  }
  const v = asInt(ob);
  if (!rangeContainsLong(r, v)) throw valueError('range.index(x): x not in range');
  const idx = intSub(v, r.start);
  return r.step === 1 ? idx : intFloorDiv(idx, r.step);
}

const iterMethods = {
  __length_hint__: { sig: '($self, /)', impl: rangeIterLengthHint, doc: 'Private method returning an estimate of len(list(it)).' },
  __reduce__: { sig: '($self, /)', impl: rangeIterReduce, doc: 'Return state information for pickling.' },
  __setstate__: { sig: '($self, object, /)', impl: rangeIterSetstate, doc: 'Set state information for unpickling.' },
};

export const RangeType = defineBuiltinType({
  name: 'range',
  doc: 'range(stop) or range(start, stop[, step]): the integers from start (inclusive) to stop (exclusive) by step.',
  instanceClass: PyRange,
  flags: 1 << 5 /* SEQUENCE */,
  slots: { tp_new: rangeNew, tp_repr: rangeRepr, tp_iter: rangeIter, tp_richcompare: rangeRichcompare, tp_hash: rangeHash },
  sequence: { sq_length: rangeLen, sq_item: rangeItem, sq_contains: rangeContains },
  mapping: { mp_length: rangeLen, mp_subscript: rangeSubscript },
  number: { nb_bool: rangeBool },
  methods: {
    __reversed__: { sig: '($self, /)', impl: rangeReversed, doc: 'Return a reverse iterator.' },
    __reduce__: { sig: '($self, /)', impl: (r: PyRange) => new PyTuple([r.ob_type, new PyTuple([r.start, r.stop, r.step])]) },
    count: { sig: '($self, object, /)', impl: rangeCount, doc: 'rangeobject.count(value) -> integer -- return number of occurrences of value' },
    index: { sig: '($self, object, /)', impl: rangeIndex, doc: 'rangeobject.index(value) -> integer -- return index of value.' },
  },
  members: {
    start: { get: (r: PyRange) => r.start },
    stop: { get: (r: PyRange) => r.stop },
    step: { get: (r: PyRange) => r.step },
  },
});

export const RangeIterType = defineBuiltinType({
  name: 'range_iterator',
  instanceClass: PyRangeIter,
  slots: { tp_iter: (s: PyValue) => s, tp_iternext: rangeIterNext },
  methods: iterMethods,
});

export const LongRangeIterType = defineBuiltinType({
  name: 'longrange_iterator',
  slots: { tp_iter: (s: PyValue) => s, tp_iternext: longRangeIterNext },
  methods: iterMethods,
});

