// The slice type.  CPython: Objects/sliceobject.c
import { None, NotImplemented, PyObject, type PyValue } from './object.ts';
import { PyType, CompareOp } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { PyTuple } from './tuple.ts';
import { PyNumber_Index, PyObject_Repr, PyObject_RichCompare, PyObject_Hash } from './abstract.ts';
import { typeError, valueError } from './exceptions.ts';
import { typeOf } from './type.ts';

export class PySlice extends PyObject {
  constructor(
    public readonly start: PyValue,
    public readonly stop: PyValue,
    public readonly step: PyValue,
  ) {
    super();
  }
}

const MAXSIZE = 2 ** 63;

function evalIndex(v: PyValue): number {
  if (typeof v === 'number') return v;
  const t = typeOf(v);
  if (typeof v !== 'bigint' && typeof v !== 'boolean' && t.nb_index === null) {
    throw typeError('slice indices must be integers or None or have an __index__ method');
  }
  const i = PyNumber_Index(v);
  if (typeof i === 'number') return i;
  return i < 0n ? -MAXSIZE : MAXSIZE;
}

/**
 * The start, stop and step of a slice, clipped to a sequence of `length` items, and the number of
 * items it selects.  CPython: PySlice_Unpack + PySlice_AdjustIndices
 */
export function sliceIndices(s: PySlice, length: number): [start: number, stop: number, step: number, count: number] {
  let step = 1;
  if (s.step !== None) {
    step = evalIndex(s.step);
    if (step === 0) throw valueError('slice step cannot be zero');
  }
  let start: number;
  let stop: number;
  if (s.start === None) start = step < 0 ? MAXSIZE : 0;
  else start = evalIndex(s.start);
  if (s.stop === None) stop = step < 0 ? -MAXSIZE : MAXSIZE;
  else stop = evalIndex(s.stop);
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
  if (!(b instanceof PySlice)) return NotImplemented;
  return PyObject_RichCompare(sliceTuple(a as PySlice), sliceTuple(b), op);
}

function sliceIndicesMethod(self: PySlice, length: PyValue): PyValue {
  const n = PyNumber_Index(length);
  if (n < 0) throw valueError('length should not be negative');
  const [start, stop, step] = sliceIndices(self, Number(n));
  return new PyTuple([start, stop, step]);
}

export const SliceType = defineBuiltinType({
  name: 'slice',
  instanceClass: PySlice,
  slots: { tp_new: sliceNew, tp_repr: sliceRepr, tp_richcompare: sliceRichcompare, tp_hash: (s: PyValue) => PyObject_Hash(sliceTuple(s as PySlice)) },
  methods: {
    indices: { sig: '($self, length, /)', impl: sliceIndicesMethod },
    __reduce__: { sig: '($self, /)', impl: (s: PySlice) => new PyTuple([SliceType, sliceTuple(s)]) },
  },
  getset: {
    start: { get: (s: PySlice) => s.start },
    stop: { get: (s: PySlice) => s.stop },
    step: { get: (s: PySlice) => s.step },
  },
});
