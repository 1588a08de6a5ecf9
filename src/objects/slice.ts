// The slice type, and the index arithmetic of slicing.  CPython: Objects/sliceobject.c,
// _PyEval_SliceIndex/_PyEval_SliceIndexNotNone in Python/ceval.c
import { None, NotImplemented, PyObject, type PyValue, type PyIntValue } from './object.ts';
import { PyType, CompareOp, typeOf } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { PyTuple } from './tuple.ts';
import { TupleHasher, hashHi } from './hash.ts';
import { PyNumber_Index, PyObject_Repr, PyObject_RichCompare, PyObject_HashParts } from './abstract.ts';
import { typeError, valueError } from './exceptions.ts';

export class PySlice extends PyObject {
  constructor(
    public readonly start: PyValue,
    public readonly stop: PyValue,
    public readonly step: PyValue,
  ) {
    super();
  }
}

/** PY_SSIZE_T_MAX as a JS number (2**63: not exact, but only compared against lengths below 2**53). */
const MAXSIZE = 2 ** 63;

function isIndex(v: PyValue): boolean {
  const t = typeof v;
  return t === 'number' || t === 'bigint' || t === 'boolean' || typeOf(v).nb_index !== null;
}

/** An index clamped to the Py_ssize_t range (as PyNumber_AsSsize_t(v, NULL)). */
function clampedIndex(v: PyValue): number {
  if (typeof v === 'number') return v;
  const i = PyNumber_Index(v);
  if (typeof i === 'number') return i;
  return i < 0n ? -MAXSIZE : MAXSIZE;
}

/** A slice bound: an int (clamped) or None.  CPython: _PyEval_SliceIndex */
function sliceIndex(v: PyValue): number {
  if (!isIndex(v)) throw typeError('slice indices must be integers or None or have an __index__ method');
  return clampedIndex(v);
}

/** A start/stop argument such as list.index's (None not allowed).  CPython: _PyEval_SliceIndexNotNone */
export function sliceIndexNotNone(v: PyValue): number {
  if (!isIndex(v)) throw typeError('slice indices must be integers or have an __index__ method');
  return clampedIndex(v);
}

/**
 * The start, stop and step of a slice, clipped to a sequence of `length` items, and the number of
 * items it selects.  CPython: PySlice_Unpack + PySlice_AdjustIndices
 */
export function sliceIndices(s: PySlice, length: number): [start: number, stop: number, step: number, count: number] {
  let step = 1;
  if (s.step !== None) {
    step = sliceIndex(s.step);
    if (step === 0) throw valueError('slice step cannot be zero');
  }
  let start: number;
  let stop: number;
  if (s.start === None) start = step < 0 ? MAXSIZE : 0;
  else start = sliceIndex(s.start);
  if (s.stop === None) stop = step < 0 ? -MAXSIZE : MAXSIZE;
  else stop = sliceIndex(s.stop);
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) start = step < 0 ? length - 1 : length;
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) stop = step < 0 ? length - 1 : length;
  let count = 0;
  if (step < 0) {
    if (stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) count = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, count];
}

/** A bigint as a Python int value (a JS number when exact). */
function normInt(b: bigint): PyIntValue {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

function evaluateSliceIndex(v: PyValue): bigint {
  if (!isIndex(v)) throw typeError('slice indices must be integers or None or have an __index__ method');
  return BigInt(PyNumber_Index(v));
}

/**
 * slice.indices(length) with unbounded ints (also used to slice ranges).
 * CPython: _PySlice_GetLongIndices
 */
export function sliceGetLongIndices(s: PySlice, length: PyIntValue): [PyIntValue, PyIntValue, PyIntValue] {
  const len = BigInt(length);
  let step = 1n;
  if (s.step !== None) {
    step = evaluateSliceIndex(s.step);
    if (step === 0n) throw valueError('slice step cannot be zero');
  }
  const neg = step < 0n;
  const lower = neg ? -1n : 0n;
  const upper = neg ? len - 1n : len;
  const bound = (v: PyValue, dflt: bigint): bigint => {
    if (v === None) return dflt;
    let x = evaluateSliceIndex(v);
    if (x < 0n) {
      x += len;
      if (x < lower) x = lower;
    } else if (x > upper) x = upper;
    return x;
  };
  const start = bound(s.start, neg ? upper : lower);
  const stop = bound(s.stop, neg ? lower : upper);
  return [normInt(start), normInt(stop), normInt(step)];
}

function sliceNew(_type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length) throw typeError('slice() takes no keyword arguments');
  if (args.length === 0) throw typeError('slice expected at least 1 argument, got 0');
  if (args.length > 3) throw typeError(`slice expected at most 3 arguments, got ${args.length}`);
  if (args.length === 1) return new PySlice(None, args[0], None);
  return new PySlice(args[0], args[1], args.length > 2 ? args[2] : None);
}

function sliceRepr(self: PyValue): string {
  const s = self as PySlice;
  return `slice(${PyObject_Repr(s.start)}, ${PyObject_Repr(s.stop)}, ${PyObject_Repr(s.step)})`;
}

function sliceTuple(s: PySlice): PyTuple {
  return new PyTuple([s.start, s.stop, s.step]);
}

function sliceRichcompare(a: PyValue, b: PyValue, op: CompareOp): PyValue {
  if (!(a instanceof PySlice) || !(b instanceof PySlice)) return NotImplemented;
  if (a === b) return op === CompareOp.EQ || op === CompareOp.LE || op === CompareOp.GE;
  return PyObject_RichCompare(sliceTuple(a), sliceTuple(b), op);
}

/** tuple_hash's final term for 3 items, which slice_hash leaves out: 3 ^ (XXPRIME_5 ^ 3527539). */
const TUPLE3_LENGTH_TERM = 3n ^ (2870177450012600261n ^ 3527539n);

/** hash(slice): tuple_hash of (start, stop, step) without the length term.  CPython: slice_hash */
function sliceHash(self: PyValue): PyIntValue {
  const s = self as PySlice;
  const h = new TupleHasher();
  for (const v of [s.start, s.stop, s.step]) {
    const lo = PyObject_HashParts(v);
    h.add(lo, hashHi);
  }
  const lo = h.finish(3);
  const full = BigInt.asUintN(64, (BigInt(hashHi) << 32n) | BigInt(lo >>> 0));
  const acc = BigInt.asUintN(64, full - TUPLE3_LENGTH_TERM);
  if (acc === 2n ** 64n - 1n) return 1546275796;
  const signed = BigInt.asIntN(64, acc);
  return signed >= -9007199254740991n && signed <= 9007199254740991n ? Number(signed) : signed;
}

function sliceIndicesMethod(self: PySlice, length: PyValue): PyValue {
  const n = PyNumber_Index(length);
  if (n < 0) throw valueError('length should not be negative');
  return new PyTuple(sliceGetLongIndices(self, n));
}

export const SliceType = defineBuiltinType({
  name: 'slice',
  doc: 'slice(stop) or slice(start, stop[, step]): the indices of an extended slice such as a[0:10:2].',
  instanceClass: PySlice,
  slots: { tp_new: sliceNew, tp_repr: sliceRepr, tp_richcompare: sliceRichcompare, tp_hash: sliceHash },
  methods: {
    indices: {
      sig: '($self, object, /)',
      impl: sliceIndicesMethod,
      doc: 'S.indices(len) -> (start, stop, stride): the indices the slice selects in a sequence of len items.',
    },
    __reduce__: { sig: '($self, /)', impl: (s: PySlice) => new PyTuple([SliceType, sliceTuple(s)]), doc: 'Return state information for pickling.' },
  },
  members: {
    start: { get: (s: PySlice) => s.start },
    stop: { get: (s: PySlice) => s.stop },
    step: { get: (s: PySlice) => s.step },
  },
});
