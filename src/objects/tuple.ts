// The tuple type.  CPython: Objects/tupleobject.c
import { NotImplemented, PyObject, type PyValue, type PyIntValue } from './object.ts';
import { PyType, TPFLAGS, CompareOp, typeOf } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { newHeapInstance } from './heap.ts';
import {
  PyObject_Repr,
  PyObject_RichCompare,
  PyObject_RichCompareBool,
  PyObject_EqualBool,
  PyNumber_AsSsize_t,
  iterableToArray,
  PyObject_HashParts,
  tupleHashParts,
} from './abstract.ts';
import { hashHi, hashToInt } from './hash.ts';
import { typeError, indexError, valueError, memoryError } from './exceptions.ts';
import { PySlice, sliceIndices } from './slice.ts';
import { enterRepr, leaveRepr } from './repr-guard.ts';
import { SeqIter, TUPLE_ITER } from './iterobject.ts';

export class PyTuple extends PyObject {
  constructor(public readonly items: readonly PyValue[]) {
    super();
  }
}

export const EMPTY_TUPLE = new PyTuple([]);

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

function tupleHash(self: PyValue): PyIntValue {
  const lo = tupleHashParts(self as PyTuple);
  return hashToInt(lo, hashHi);
}

/** Lexicographic comparison of two item lists.  CPython: tuplerichcompare, list_richcompare */
export function sequenceRichcompare(a: readonly PyValue[], b: readonly PyValue[], op: CompareOp): PyValue {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (; i < n; i++) {
    if (!PyObject_EqualBool(a[i], b[i])) break;
  }
  if (i >= a.length || i >= b.length) {
    const x = a.length;
    const y = b.length;
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
  if (op === CompareOp.EQ) return false;
  if (op === CompareOp.NE) return true;
  return PyObject_RichCompare(a[i], b[i], op);
}

function tupleRichcompare(a: PyValue, b: PyValue, op: CompareOp): PyValue {
  if (!(b instanceof PyTuple)) return NotImplemented;
  return sequenceRichcompare(items(a), b.items, op);
}

function tupleLength(self: PyValue): number {
  return items(self).length;
}

function tupleItem(self: PyValue, i: number): PyValue {
  const it = items(self);
  if (i < 0 || i >= it.length) throw indexError('tuple index out of range');
  return it[i];
}

function tupleSubscript(self: PyValue, key: PyValue): PyValue {
  if (key instanceof PySlice) {
    const it = items(self);
    const [start, , step, count] = sliceIndices(key, it.length);
    if (step === 1 && count === it.length && typeOf(self) === TupleType) return self;
    const out = new Array<PyValue>(count);
    for (let k = 0, j = start; k < count; k++, j += step) out[k] = it[j];
    return new PyTuple(out);
  }
  const t = typeOf(key);
  if (typeof key !== 'number' && typeof key !== 'bigint' && typeof key !== 'boolean' && t.nb_index === null) {
    throw typeError(`tuple indices must be integers or slices, not ${t.tp_name}`);
  }
  let i = PyNumber_AsSsize_t(key, true);
  if (i < 0) i += items(self).length;
  return tupleItem(self, i);
}

function tupleConcat(a: PyValue, b: PyValue): PyValue {
  if (!(b instanceof PyTuple)) throw typeError(`can only concatenate tuple (not "${typeOf(b).tp_name}") to tuple`);
  if (b.items.length === 0 && typeOf(a) === TupleType) return a;
  return new PyTuple([...items(a), ...b.items]);
}

function tupleRepeat(self: PyValue, n: number): PyValue {
  const it = items(self);
  if (n <= 0 || it.length === 0) return EMPTY_TUPLE;
  if (n === 1 && typeOf(self) === TupleType) return self;
  if (it.length * n > 2 ** 32) throw memoryError();
  const out: PyValue[] = [];
  for (let k = 0; k < n; k++) for (const x of it) out.push(x);
  return new PyTuple(out);
}


function tupleContains(self: PyValue, v: PyValue): boolean {
  for (const x of items(self)) if (PyObject_EqualBool(x, v)) return true;
  return false;
}

function tupleIter(self: PyValue): PyValue {
  return new SeqIter(items(self), TUPLE_ITER);
}

function tupleNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length) throw typeError('tuple() takes no keyword arguments');
  if (args.length > 1) throw typeError(`tuple expected at most 1 argument, got ${args.length}`);
  const its = args.length === 0 ? [] : iterableToArray(args[0]);
  if (type === TupleType) return its.length === 0 ? EMPTY_TUPLE : args[0] instanceof PyTuple && typeOf(args[0]) === TupleType ? args[0] : new PyTuple(its);
  return newHeapInstance(PyTuple, type, its);
}

function tupleIndex(self: PyTuple, value: PyValue, start: PyValue, stop: PyValue): PyValue {
  const it = self.items;
  let s = start === undefined ? 0 : PyNumber_AsSsize_t(start, false, true);
  let e = stop === undefined ? it.length : PyNumber_AsSsize_t(stop, false, true);
  if (s < 0) s = Math.max(0, s + it.length);
  if (e < 0) e = Math.max(0, e + it.length);
  for (let i = s; i < Math.min(e, it.length); i++) if (PyObject_EqualBool(it[i], value)) return i;
  throw valueError('tuple.index(x): x not in tuple');
}

function tupleCount(self: PyTuple, value: PyValue): PyValue {
  let n = 0;
  for (const x of self.items) if (PyObject_EqualBool(x, value)) n++;
  return n;
}


export const TupleType = defineBuiltinType({
  name: 'tuple',
  doc: 'An immutable sequence.',
  flags: TPFLAGS.BASETYPE | TPFLAGS.TUPLE_SUBCLASS | TPFLAGS.SEQUENCE | TPFLAGS.MATCH_SELF,
  instanceClass: PyTuple,
  slots: { tp_repr: tupleRepr, tp_hash: tupleHash, tp_richcompare: tupleRichcompare, tp_iter: tupleIter, tp_new: tupleNew },
  sequence: { sq_length: tupleLength, sq_item: tupleItem, sq_concat: tupleConcat, sq_repeat: tupleRepeat, sq_contains: tupleContains },
  mapping: { mp_length: tupleLength, mp_subscript: tupleSubscript },
  methods: {
    index: { sig: '($self, value, start=0, stop=sys.maxsize, /)', impl: tupleIndex },
    count: { sig: '($self, value, /)', impl: tupleCount },
    __getnewargs__: { sig: '($self, /)', impl: (s: PyTuple) => new PyTuple([new PyTuple(s.items)]) },
  },
});

