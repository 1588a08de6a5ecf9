// The set and frozenset types.  CPython: Objects/setobject.c
// TODO(#4): the set algebra methods (union, intersection, difference, symmetric_difference and their
// operators and update forms, issubset/issuperset/isdisjoint) following CPython's code paths so
// results iterate in CPython's order; pickling.
import { NotImplemented, PyObject, type PyValue, type PyIntValue } from './object.ts';
import { PyType, TPFLAGS, CompareOp, typeOf } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { newHeapInstance } from './heap.ts';
import { PySetObject, setAdd, setContains, setDiscard, setItems, setClear, setMerge, DUMMY } from './set.ts';
import { PyObject_Repr, iterableToArray } from './abstract.ts';
import { typeError, keyError } from './exceptions.ts';
import { enterRepr, leaveRepr } from './repr-guard.ts';
import { frozensetHashParts, hashHi, hashToInt } from './hash.ts';

export function newSet(): PySetObject {
  const s = new PySetObject();
  (s as unknown as { ob_type: PyType }).ob_type = SetType;
  return s;
}

export function newFrozenSet(): PySetObject {
  const s = new PySetObject();
  (s as unknown as { ob_type: PyType }).ob_type = FrozenSetType;
  return s;
}

export function isAnySet(v: PyValue): v is PySetObject {
  return v instanceof PySetObject;
}

/** Adds every item of an iterable, as set_update_internal does (sets merge table-wise). */
export function setUpdateFromIterable(so: PySetObject, iterable: PyValue): void {
  if (iterable instanceof PySetObject) {
    setMerge(so, iterable);
    return;
  }
  for (const x of iterableToArray(iterable)) setAdd(so, x);
}

function setRepr(self: PyValue): string {
  const s = self as PySetObject;
  const t = typeOf(s);
  const name = t === SetType || t === FrozenSetType ? t.tp_name : t.tp_name;
  if (s.used === 0) return `${name}()`;
  if (!enterRepr(self)) return `${name}(...)`;
  try {
    const body = `{${setItems(s).map(PyObject_Repr).join(', ')}}`;
    return t === SetType ? body : `${name}(${body})`;
  } finally {
    leaveRepr(self);
  }
}

function setLen(self: PyValue): number {
  return (self as PySetObject).used;
}

function setContainsSlot(self: PyValue, v: PyValue): boolean {
  return setContains(self as PySetObject, v);
}

export class PySetIter extends PyObject {
  pos = 0;
  readonly version: number;
  readonly used: number;
  constructor(public set: PySetObject | null) {
    super();
    this.version = set!.version;
    this.used = set!.used;
  }
}

function setIterNext(self: PyValue): PyValue | undefined {
  const it = self as PySetIter;
  const s = it.set;
  if (s === null) return undefined;
  if (s.used !== it.used) {
    it.set = null;
    throw RUNTIME('Set changed size during iteration');
  }
  const keys = s.keys;
  while (it.pos < keys.length) {
    const k = keys[it.pos++];
    if (k !== undefined && k !== DUMMY) return k;
  }
  it.set = null;
  return undefined;
}
import { runtimeError as RUNTIME } from './exceptions.ts';

function setIter(self: PyValue): PyValue {
  return new PySetIter(self as PySetObject);
}

function setRichcompare(a: PyValue, b: PyValue, op: CompareOp): PyValue {
  if (!(b instanceof PySetObject)) return NotImplemented;
  const x = a as PySetObject;
  const subset = (p: PySetObject, q: PySetObject) => p.used <= q.used && setItems(p).every((k) => setContains(q, k));
  switch (op) {
    case CompareOp.EQ:
      return x.used === b.used && subset(x, b);
    case CompareOp.NE:
      return !(x.used === b.used && subset(x, b));
    case CompareOp.LE:
      return subset(x, b);
    case CompareOp.GE:
      return subset(b, x);
    case CompareOp.LT:
      return x.used < b.used && subset(x, b);
    case CompareOp.GT:
      return x.used > b.used && subset(b, x);
  }
}

function frozensetHash(self: PyValue): PyIntValue {
  const s = self as PySetObject;
  if (!s.hashCached) {
    s.cachedLo = frozensetHashParts(s.hashHi, s.hashLo, s.keys.length, s.fill, s.used);
    s.cachedHi = hashHi;
    s.hashCached = true;
  }
  return hashToInt(s.cachedLo, s.cachedHi);
}

function setNew(type: PyType): PyValue {
  if (type === SetType) return newSet();
  return newHeapInstance(PySetObject, type);
}

function setInit(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length) throw typeError('set() takes no keyword arguments');
  if (args.length > 1) throw typeError(`set expected at most 1 argument, got ${args.length}`);
  const s = self as PySetObject;
  if (s.used) setClear(s);
  if (args.length === 1) setUpdateFromIterable(s, args[0]);
}

function frozensetNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length) throw typeError('frozenset() takes no keyword arguments');
  if (args.length > 1) throw typeError(`frozenset expected at most 1 argument, got ${args.length}`);
  if (type === FrozenSetType && args.length === 1 && args[0] instanceof PySetObject && typeOf(args[0]) === FrozenSetType) return args[0];
  const s = type === FrozenSetType ? newFrozenSet() : newHeapInstance(PySetObject, type);
  if (args.length === 1) setUpdateFromIterable(s, args[0]);
  return s;
}

function copyOf(s: PySetObject, type: PyType): PySetObject {
  const r = type === FrozenSetType ? newFrozenSet() : newSet();
  setMerge(r, s);
  return r;
}

const commonMethods = {
  copy: { sig: '($self, /)', impl: (s: PySetObject) => (typeOf(s) === FrozenSetType ? s : copyOf(s, typeOf(s) === FrozenSetType ? FrozenSetType : SetType)) },
  __contains__: { sig: '($self, object, /)', impl: (s: PySetObject, v: PyValue) => setContains(s, v) },
};

export const SetType = defineBuiltinType({
  name: 'set',
  doc: 'An unordered collection of distinct hashable objects.',
  flags: TPFLAGS.BASETYPE | TPFLAGS.MATCH_SELF,
  alloc: (t) => setNew(t) as PySetObject,
  slots: { tp_repr: setRepr, tp_iter: setIter, tp_richcompare: setRichcompare, tp_new: setNew, tp_init: setInit, tp_hash: null },
  sequence: { sq_length: setLen, sq_contains: setContainsSlot },
  methods: {
    ...commonMethods,
    add: { sig: '($self, object, /)', impl: (s: PySetObject, v: PyValue) => setAdd(s, v) },
    discard: { sig: '($self, object, /)', impl: (s: PySetObject, v: PyValue) => void setDiscard(s, v) },
    remove: {
      sig: '($self, object, /)',
      impl: (s: PySetObject, v: PyValue) => {
        if (!setDiscard(s, v)) throw keyError(v);
      },
    },
    pop: {
      sig: '($self, /)',
      impl: (s: PySetObject) => {
        if (s.used === 0) throw keyError('pop from an empty set');
        const k = setItems(s)[0];
        setDiscard(s, k);
        return k;
      },
    },
    clear: { sig: '($self, /)', impl: (s: PySetObject) => setClear(s) },
    update: {
      sig: '($self, /, *others)',
      impl: (s: PySetObject, others: PyValue[]) => {
        for (const o of others) setUpdateFromIterable(s, o);
      },
    },
  },
});

export const FrozenSetType = defineBuiltinType({
  name: 'frozenset',
  doc: 'An immutable unordered collection of distinct hashable objects.',
  flags: TPFLAGS.BASETYPE | TPFLAGS.MATCH_SELF,
  slots: { tp_repr: setRepr, tp_iter: setIter, tp_richcompare: setRichcompare, tp_new: frozensetNew, tp_hash: frozensetHash },
  sequence: { sq_length: setLen, sq_contains: setContainsSlot },
  methods: { ...commonMethods },
});

export const SetIterType = defineBuiltinType({
  name: 'set_iterator',
  instanceClass: PySetIter,
  slots: { tp_iter: (s: PyValue) => s, tp_iternext: setIterNext },
});
