// The range type and its iterator.  CPython: Objects/rangeobject.c
// TODO(#4): count/index for non-int arguments, __reversed__ of huge ranges, pickling.
import { NotImplemented, PyObject, type PyIntValue, type PyValue } from './object.ts';
import { PyType, CompareOp, typeOf } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { PyNumber_Index, PyObject_EqualBool, PyObject_Hash } from './abstract.ts';
import { typeError, valueError, indexError, overflowError } from './exceptions.ts';
import { intAdd, intSub, intMul, intFloorDiv, normInt } from './int.ts';
import { PySlice, sliceIndices } from './slice.ts';
import { PyTuple } from './tuple.ts';
import { isIntValue, intValue } from './boxes.ts';
import { intToDecimalString } from './int.ts';

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
  if (step === 0 || step === 0n) throw valueError('range() arg 3 must not be zero');
  return new PyRange(start, stop, step, rangeLength(start, stop, step));
}

function rangeNew(_type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length) throw typeError('range() takes no keyword arguments');
  const n = args.length;
  if (n === 0) throw typeError('range expected at least 1 argument, got 0');
  if (n > 3) throw typeError(`range expected at most 3 arguments, got ${n}`);
  const ints = args.map((a) => PyNumber_Index(a));
  if (n === 1) return makeRange(0, ints[0], 1);
  return makeRange(ints[0], ints[1], n === 3 ? ints[2] : 1);
}

function rangeRepr(self: PyValue): string {
  const r = self as PyRange;
  const s = intToDecimalString(r.start);
  const e = intToDecimalString(r.stop);
  return r.step === 1 ? `range(${s}, ${e})` : `range(${s}, ${e}, ${intToDecimalString(r.step)})`;
}

function rangeItem(r: PyRange, i: PyIntValue): PyIntValue {
  return intAdd(r.start, intMul(i, r.step));
}

function rangeLen(self: PyValue): number {
  const l = (self as PyRange).length;
  if (typeof l === 'bigint') throw overflowError('Python int too large to convert to C ssize_t');
  return l;
}

function rangeSubscript(self: PyValue, key: PyValue): PyValue {
  const r = self as PyRange;
  if (key instanceof PySlice) {
    if (typeof r.length !== 'number') throw overflowError('Python int too large to convert to C ssize_t');
    const [start, stop, step] = sliceIndices(key, r.length);
    const newStep = intMul(r.step, step);
    return makeRange(rangeItem(r, start), rangeItem(r, stop), newStep);
  }
  const t = typeOf(key);
  if (typeof key !== 'number' && typeof key !== 'bigint' && typeof key !== 'boolean' && t.nb_index === null) {
    throw typeError(`range indices must be integers or slices, not ${t.tp_name}`);
  }
  let i = PyNumber_Index(key);
  if (i < 0) i = intAdd(i, r.length);
  if (i < 0 || i >= r.length) throw indexError('range object index out of range');
  return rangeItem(r, i);
}

function rangeContains(self: PyValue, v: PyValue): boolean {
  const r = self as PyRange;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') {
    const x = intValue(v);
    if (r.step > 0 ? x < r.start || x >= r.stop : x > r.start || x <= r.stop) return false;
    const d = intSub(x, r.start);
    return typeof d === 'number' && typeof r.step === 'number' ? d % r.step === 0 : BigInt(d) % BigInt(r.step) === 0n;
  }
  const it = new PyRangeIter(r);
  for (let x = rangeIterNext(it); x !== undefined; x = rangeIterNext(it)) if (PyObject_EqualBool(x, v)) return true;
  return false;
}

function rangeRichcompare(a: PyValue, b: PyValue, op: CompareOp): PyValue {
  if (!(b instanceof PyRange) || (op !== CompareOp.EQ && op !== CompareOp.NE)) return NotImplemented;
  const x = a as PyRange;
  let eq: boolean;
  if (x === b) eq = true;
  else if (x.length !== b.length) eq = false;
  else if (x.length === 0 || x.length === 0n) eq = true;
  else if (x.start !== b.start) eq = false;
  else if (x.length === 1 || x.length === 1n) eq = true;
  else eq = x.step === b.step;
  return op === CompareOp.EQ ? eq : !eq;
}

function rangeHash(self: PyValue): PyIntValue {
  const r = self as PyRange;
  if (r.length === 0) return PyObject_Hash(new PyTuple([0, None_(), None_()]));
  if (r.length === 1) return PyObject_Hash(new PyTuple([1, r.start, None_()]));
  return PyObject_Hash(new PyTuple([r.length, r.start, r.step]));
}

import { None } from './object.ts';
function None_(): PyValue {
  return None;
}

function rangeBool(self: PyValue): boolean {
  const l = (self as PyRange).length;
  return l !== 0;
}

// ---- iteration ----

/** Iterates a range whose bounds fit JS numbers (the common case, inlined by FOR_ITER). */
export class PyRangeIter extends PyObject {
  next: number;
  step: number;
  remaining: number;
  constructor(r: PyRange) {
    super();
    this.next = r.start as number;
    this.step = r.step as number;
    this.remaining = r.length as number;
  }
}

export class PyLongRangeIter extends PyObject {
  index: PyIntValue = 0;
  constructor(readonly r: PyRange) {
    super();
  }
}

function rangeIterNext(self: PyValue): PyValue | undefined {
  const it = self as PyRangeIter;
  if (it.remaining <= 0) return undefined;
  const v = it.next;
  it.next += it.step;
  it.remaining--;
  return v;
}

function longRangeIterNext(self: PyValue): PyValue | undefined {
  const it = self as PyLongRangeIter;
  if (it.index >= it.r.length) return undefined;
  const v = rangeItem(it.r, it.index);
  it.index = intAdd(it.index, 1);
  return v;
}

function fitsNumbers(r: PyRange): boolean {
  if (typeof r.start !== 'number' || typeof r.step !== 'number' || typeof r.length !== 'number') return false;
  const last = r.start + (r.length - 1) * r.step;
  return Math.abs(last) <= Number.MAX_SAFE_INTEGER && Math.abs(last + r.step) <= Number.MAX_SAFE_INTEGER;
}

function rangeIter(self: PyValue): PyValue {
  const r = self as PyRange;
  return fitsNumbers(r) ? new PyRangeIter(r) : new PyLongRangeIter(r);
}

function rangeReversed(r: PyRange): PyValue {
  const last = r.length === 0 ? r.start : rangeItem(r, intSub(r.length, 1));
  const rev = new PyRange(last, intSub(r.start, r.step), intSub(0, r.step), r.length);
  return rangeIter(rev);
}

function rangeCount(r: PyRange, v: PyValue): PyValue {
  if (isIntValue(v) && typeof v !== 'object') return rangeContains(r, v) ? 1 : 0;
  let n = 0;
  const it = rangeIter(r);
  const next = typeOf(it).tp_iternext!;
  for (let x = next(it); x !== undefined; x = next(it)) if (PyObject_EqualBool(x, v)) n++;
  return n;
}

function rangeIndex(r: PyRange, v: PyValue): PyValue {
  if (isIntValue(v) && typeof v !== 'object') {
    if (!rangeContains(r, v)) throw valueError(`${intToDecimalString(intValue(v))} is not in range`);
    return intFloorDiv(intSub(intValue(v), r.start), r.step);
  }
  let i = 0;
  const it = rangeIter(r);
  const next = typeOf(it).tp_iternext!;
  for (let x = next(it); x !== undefined; x = next(it), i++) if (PyObject_EqualBool(x, v)) return i;
  throw valueError('sequence.index(x): x not in sequence');
}

export const RangeType = defineBuiltinType({
  name: 'range',
  instanceClass: PyRange,
  flags: 0,
  slots: { tp_new: rangeNew, tp_repr: rangeRepr, tp_iter: rangeIter, tp_richcompare: rangeRichcompare, tp_hash: rangeHash },
  sequence: { sq_length: rangeLen, sq_contains: rangeContains },
  mapping: { mp_length: rangeLen, mp_subscript: rangeSubscript },
  number: { nb_bool: rangeBool },
  methods: {
    count: { sig: '($self, value, /)', impl: rangeCount },
    index: { sig: '($self, value, /)', impl: rangeIndex },
    __reversed__: { sig: '($self, /)', impl: rangeReversed },
    __reduce__: { sig: '($self, /)', impl: (r: PyRange) => new PyTuple([RangeType, new PyTuple([r.start, r.stop, r.step])]) },
  },
  getset: {
    start: { get: (r: PyRange) => r.start },
    stop: { get: (r: PyRange) => r.stop },
    step: { get: (r: PyRange) => r.step },
  },
});

export const RangeIterType = defineBuiltinType({
  name: 'range_iterator',
  instanceClass: PyRangeIter,
  slots: { tp_iter: (s: PyValue) => s, tp_iternext: rangeIterNext },
  methods: { __length_hint__: { sig: '($self, /)', impl: (it: PyRangeIter) => Math.max(0, it.remaining) } },
});

export const LongRangeIterType = defineBuiltinType({
  name: 'longrange_iterator',
  instanceClass: PyLongRangeIter,
  slots: { tp_iter: (s: PyValue) => s, tp_iternext: longRangeIterNext },
});
