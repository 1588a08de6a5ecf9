// The tuple type.  CPython: Objects/tupleobject.c
import { PyTuple, EMPTY_TUPLE } from './tuple-object.ts';
import { NotImplemented, type PyValue, type PyIntValue } from './object.ts';
import { PyType, TPFLAGS, CompareOp, typeOf } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { newHeapInstance } from './heap.ts';
import { PyObject_Repr, PyObject_RichCompare, PyObject_EqualBool, PyNumber_AsSsize_t, iterableToArray, tupleHashParts } from './abstract.ts';
import { hashHi, hashToInt } from './hash.ts';
import { typeError, indexError, valueError, memoryError } from './exceptions.ts';
import { PySlice, sliceIndices, sliceIndexNotNone } from './slice.ts';
import { enterRepr, leaveRepr } from './repr-guard.ts';
import { SeqIter, TUPLE_ITER } from './iterobject.ts';
import { genericAliasClassMethod } from './genericalias.ts';

export { PyTuple, EMPTY_TUPLE };

function items(v: PyValue): readonly PyValue[] {
  return (v as PyTuple).items;
}

function tupleRepr(self: PyValue): string {
  const it = items(self);
  if (it.length === 0) return '()';
  if (!enterRepr(self)) return '(...)';
  try {
    const parts = it.map(PyObject_Repr);
    return it.length === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
  } finally {
    leaveRepr(self);
  }
}

/** hash(t) for a tuple (also used for slices, which hash like the tuple of their bounds). */
export function tupleHashOf(t: PyTuple): PyIntValue {
  return tupleHash(t);
}

function tupleHash(self: PyValue): PyIntValue {
  const lo = tupleHashParts(self as PyTuple);
  return hashToInt(lo, hashHi);
}

/**
 * Lexicographic comparison of two item arrays: the first unequal pair decides, else the lengths.
 * CPython: tuplerichcompare
 */
export function sequenceRichcompare(a: readonly PyValue[], b: readonly PyValue[], op: CompareOp): PyValue {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (; i < n; i++) {
    if (!PyObject_EqualBool(a[i], b[i])) break;
  }
  if (i >= a.length || i >= b.length) return compareLengths(a.length, b.length, op);
  if (op === CompareOp.EQ) return false;
  if (op === CompareOp.NE) return true;
  return PyObject_RichCompare(a[i], b[i], op);
}

/** x <op> y for two lengths. */
export function compareLengths(x: number, y: number, op: CompareOp): boolean {
  switch (op) {
    case CompareOp.LT:
      return x < y;
    case CompareOp.LE:
      return x <= y;
    case CompareOp.EQ:
      return x === y;
    case CompareOp.NE:
      return x !== y;
    case CompareOp.GT:
      return x > y;
    case CompareOp.GE:
      return x >= y;
  }
}

function tupleRichcompare(a: PyValue, b: PyValue, op: CompareOp): PyValue {
  if (!(a instanceof PyTuple) || !(b instanceof PyTuple)) return NotImplemented;
  return sequenceRichcompare(a.items, b.items, op);
}

function tupleLength(self: PyValue): number {
  return items(self).length;
}

function tupleItem(self: PyValue, i: number): PyValue {
  const it = items(self);
  if (i < 0 || i >= it.length) throw indexError('tuple index out of range');
  return it[i];
}

function isIndexKey(key: PyValue): boolean {
  const t = typeof key;
  return t === 'number' || t === 'bigint' || t === 'boolean' || typeOf(key).nb_index !== null;
}

function tupleSubscript(self: PyValue, key: PyValue): PyValue {
  const it = items(self);
  if (typeof key === 'number') {
    const i = key < 0 ? key + it.length : key;
    if (i < 0 || i >= it.length) throw indexError('tuple index out of range');
    return it[i];
  }
  if (isIndexKey(key)) {
    let i = PyNumber_AsSsize_t(key, true);
    if (i < 0) i += it.length;
    return tupleItem(self, i);
  }
  if (key instanceof PySlice) {
    const [start, , step, count] = sliceIndices(key, it.length);
    if (count <= 0) return EMPTY_TUPLE;
    if (start === 0 && step === 1 && count === it.length && typeOf(self) === TupleType) return self;
    if (step === 1) return new PyTuple(it.slice(start, start + count));
    const out = new Array<PyValue>(count);
    for (let k = 0, j = start; k < count; k++, j += step) out[k] = it[j];
    return new PyTuple(out);
  }
  throw typeError(`tuple indices must be integers or slices, not ${typeOf(key).tp_name}`);
}

function tupleConcat(a: PyValue, b: PyValue): PyValue {
  if (!(b instanceof PyTuple)) throw typeError(`can only concatenate tuple (not "${typeOf(b).tp_name}") to tuple`);
  const x = items(a);
  if (x.length === 0 && typeOf(b) === TupleType) return b;
  if (b.items.length === 0 && typeOf(a) === TupleType) return a;
  return new PyTuple(concatItems(x, b.items));
}

/** x + y as a new array: a loop, not Array.prototype.concat, which V8 runs in its slow generic builtin (~5x slower). */
export function concatItems(x: readonly PyValue[], y: readonly PyValue[]): PyValue[] {
  const out = new Array<PyValue>(x.length + y.length);
  for (let i = 0; i < x.length; i++) out[i] = x[i];
  for (let i = 0, j = x.length; i < y.length; i++, j++) out[j] = y[i];
  return out;
}

function tupleRepeat(self: PyValue, n: number): PyValue {
  const it = items(self);
  if (it.length === 0 || n === 1) {
    if (typeOf(self) === TupleType) return self;
    if (it.length === 0) return EMPTY_TUPLE;
  }
  if (n <= 0) return EMPTY_TUPLE;
  if (it.length * n > 2 ** 32) throw memoryError();
  const out = new Array<PyValue>(it.length * n);
  for (let k = 0, j = 0; k < n; k++) for (let i = 0; i < it.length; i++) out[j++] = it[i];
  return new PyTuple(out);
}

function tupleContains(self: PyValue, v: PyValue): boolean {
  const it = items(self);
  for (let i = 0; i < it.length; i++) if (PyObject_EqualBool(it[i], v)) return true;
  return false;
}

function tupleIter(self: PyValue): PyValue {
  return new SeqIter(items(self), TUPLE_ITER, self);
}

/** tuple(a) for the exact type: an exact tuple itself, the empty tuple shared.  CPython: PySequence_Tuple */
export function exactTupleOf(a: PyValue): PyValue {
  if (a instanceof PyTuple && a.ob_type === TupleType) return a;
  const its = iterableToArray(a);
  return its.length === 0 ? EMPTY_TUPLE : new PyTuple(its);
}

/** tuple() and tuple(iterable).  CPython: tuple_vectorcall */
function tupleVectorcall(args: readonly (PyValue | undefined)[], start: number, count: number): PyValue | undefined {
  if (count > 1) return undefined;
  return count === 0 ? EMPTY_TUPLE : exactTupleOf(args[start]!);
}

function tupleNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames?.length ?? 0;
  if (nkw && (type === TupleType || type.tp_init === TupleType.tp_init)) throw typeError('tuple() takes no keyword arguments');
  const nargs = args.length - nkw;
  if (nargs > 1) throw typeError(`tuple expected at most 1 argument, got ${nargs}`);
  if (type === TupleType) return nargs === 0 ? EMPTY_TUPLE : exactTupleOf(args[0]);
  const its = nargs === 0 ? [] : iterableToArray(args[0]);
  return newHeapInstance(PyTuple, type, its);
}

function tupleIndex(self: PyTuple, value: PyValue, start: PyValue, stop: PyValue): PyValue {
  const it = self.items;
  const n = it.length;
  let s = start === undefined ? 0 : sliceIndexNotNone(start);
  let e = stop === undefined ? n : sliceIndexNotNone(stop);
  if (s < 0) {
    s += n;
    if (s < 0) s = 0;
  }
  if (e < 0) e += n;
  else if (e > n) e = n;
  for (let i = s; i < e; i++) if (PyObject_EqualBool(it[i], value)) return i;
  throw valueError('tuple.index(x): x not in tuple');
}

function tupleCount(self: PyTuple, value: PyValue): PyValue {
  let n = 0;
  for (const x of self.items) if (PyObject_EqualBool(x, value)) n++;
  return n;
}

export const TupleType = defineBuiltinType({
  name: 'tuple',
  textSignature: '(iterable=(), /)',
  doc: 'An immutable sequence: tuple() is empty, tuple(iterable) holds the items of iterable.',
  flags: TPFLAGS.BASETYPE | TPFLAGS.TUPLE_SUBCLASS | TPFLAGS.SEQUENCE | TPFLAGS.MATCH_SELF,
  instanceClass: PyTuple,
  slots: { tp_repr: tupleRepr, tp_hash: tupleHash, tp_richcompare: tupleRichcompare, tp_iter: tupleIter, tp_new: tupleNew },
  sequence: { sq_length: tupleLength, sq_item: tupleItem, sq_concat: tupleConcat, sq_repeat: tupleRepeat, sq_contains: tupleContains },
  mapping: { mp_length: tupleLength, mp_subscript: tupleSubscript },
  methods: {
    index: { sig: '($self, value, start=0, stop=sys.maxsize, /)', impl: tupleIndex, doc: 'Return first index of value; ValueError if it is not present.' },
    count: { sig: '($self, value, /)', impl: tupleCount, doc: 'Return the number of occurrences of value.' },
    __getnewargs__: { sig: '($self, /)', impl: (s: PyTuple) => new PyTuple([new PyTuple(s.items)]) },
    __class_getitem__: genericAliasClassMethod('See PEP 585'),
  },
});
TupleType.tp_vectorcall = tupleVectorcall;
