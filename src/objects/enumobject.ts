// enumerate and reversed.  CPython: Objects/enumobject.c
import { PyObject, type PyValue, type PyIntValue } from './object.ts';
import { PyType, TPFLAGS, typeOf } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { newHeapInstance } from './heap.ts';
import { PyTuple, EMPTY_TUPLE } from './tuple.ts';
import { PyObject_GetIter, PyNumber_Index, lookupSpecial, PyObject_Call, PySequence_GetItem, PyObject_Length, PyNumber_AsSsize_t } from './abstract.ts';
import { typeError, exceptionMatches, PyExc_IndexError, PyExc_StopIteration } from './exceptions.ts';
import { intAdd } from './int.ts';
import { None } from './object.ts';
import { PyDict } from './dict.ts';
import { genericAliasClassMethod } from './genericalias.ts';

export class PyEnumerate extends PyObject {
  constructor(
    public it: PyValue,
    public index: PyIntValue,
  ) {
    super();
  }
}

function enumNewImpl(type: PyType, iterable: PyValue, start: PyValue | undefined): PyValue {
  const idx = start === undefined ? 0 : PyNumber_Index(start);
  const it = PyObject_GetIter(iterable);
  return type === EnumerateType ? new PyEnumerate(it, idx) : newHeapInstance(PyEnumerate, type, it, idx);
}

function invalidKeyword(kw: string): PyObject {
  return typeError(`'${kw}' is an invalid keyword argument for enumerate()`);
}

/** enumerate(iterable, start=0), with the argument errors of CPython's enumerate_vectorcall. */
function enumNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames?.length ?? 0;
  const nargs = args.length - nkw;
  if (nargs + nkw === 2) {
    if (nkw === 1) {
      if (kwnames![0] !== 'start') throw invalidKeyword(kwnames![0]);
    } else if (nkw === 2) {
      if (kwnames![0] === 'start') {
        if (kwnames![1] !== 'iterable') throw invalidKeyword(kwnames![1]);
        return enumNewImpl(type, args[1], args[0]);
      }
      if (kwnames![0] !== 'iterable') throw invalidKeyword(kwnames![0]);
      if (kwnames![1] !== 'start') throw invalidKeyword(kwnames![1]);
    }
    return enumNewImpl(type, args[0], args[1]);
  }
  if (nargs + nkw === 1) {
    if (nkw === 1 && kwnames![0] !== 'iterable') throw invalidKeyword(kwnames![0]);
    return enumNewImpl(type, args[0], undefined);
  }
  if (nargs === 0) throw typeError("enumerate() missing required argument 'iterable'");
  throw typeError(`enumerate() takes at most 2 arguments (${nargs + nkw} given)`);
}

function enumNext(self: PyValue): PyValue | undefined {
  const e = self as PyEnumerate;
  const x = typeOf(e.it).tp_iternext!(e.it);
  if (x === undefined) return undefined;
  const i = e.index;
  e.index = typeof i === 'number' && i < Number.MAX_SAFE_INTEGER ? i + 1 : intAdd(i, 1);
  return new PyTuple([i, x]);
}

function enumReduce(e: PyEnumerate): PyValue {
  return new PyTuple([e.ob_type, new PyTuple([e.it, e.index])]);
}

export const EnumerateType = defineBuiltinType({
  name: 'enumerate',
  textSignature: '(iterable, start=0)',
  doc: 'Return an enumerate object: pairs (count, value) with count from start (default 0) and values from the iterable.',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyEnumerate,
  slots: { tp_new: enumNew, tp_iter: (s: PyValue) => s, tp_iternext: enumNext },
  methods: {
    __reduce__: { sig: '($self, /)', impl: enumReduce, doc: 'Return state information for pickling.' },
    __class_getitem__: genericAliasClassMethod("'enumerate' objects are generic over the type of their values"),
  },
});

export class PyReversed extends PyObject {
  constructor(
    public seq: PyValue | null,
    public index: number,
  ) {
    super();
  }
}

/** PySequence_Check: has sq_item and is not a dict. */
function isSequence(v: PyValue): boolean {
  return !(v instanceof PyDict) && typeOf(v).sq_item !== null;
}

function reversedNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length) throw typeError('reversed() takes no keyword arguments');
  if (args.length !== 1) throw typeError(`reversed expected 1 argument, got ${args.length}`);
  const seq = args[0];
  const rev = lookupSpecial(seq, '__reversed__');
  if (rev === None) throw typeError(`'${typeOf(seq).tp_name}' object is not reversible`);
  if (rev !== null) return PyObject_Call(rev, [], null);
  if (!isSequence(seq)) throw typeError(`'${typeOf(seq).tp_name}' object is not reversible`);
  const n = PyObject_Length(seq);
  return type === ReversedType ? new PyReversed(seq, n - 1) : newHeapInstance(PyReversed, type, seq, n - 1);
}

function reversedNext(self: PyValue): PyValue | undefined {
  const r = self as PyReversed;
  const index = r.index;
  if (index >= 0) {
    try {
      const item = PySequence_GetItem(r.seq!, index);
      r.index = index - 1;
      return item;
    } catch (e) {
      if (!(e instanceof PyObject && (exceptionMatches(e, PyExc_IndexError) || exceptionMatches(e, PyExc_StopIteration)))) throw e;
    }
  }
  r.index = -1;
  r.seq = null;
  return undefined;
}

function reversedLen(r: PyReversed): PyValue {
  if (r.index === -1) return 0;
  const seqsize = PyObject_Length(r.seq!);
  const position = r.index + 1;
  return seqsize < position ? 0 : position;
}

function reversedReduce(r: PyReversed): PyValue {
  if (r.index !== -1) return new PyTuple([r.ob_type, new PyTuple([r.seq!]), r.index]);
  return new PyTuple([r.ob_type, new PyTuple([EMPTY_TUPLE])]);
}

function reversedSetstate(r: PyReversed, state: PyValue): void {
  let index = PyNumber_AsSsize_t(state, false);
  if (r.index !== -1) {
    const n = PyObject_Length(r.seq!);
    if (index < -1) index = -1;
    else if (index > n - 1) index = n - 1;
    r.index = index;
  }
}

export const ReversedType = defineBuiltinType({
  name: 'reversed',
  textSignature: '(sequence, /)',
  doc: 'Return a reverse iterator over the values of the given sequence.',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyReversed,
  slots: { tp_new: reversedNew, tp_iter: (s: PyValue) => s, tp_iternext: reversedNext },
  methods: {
    __length_hint__: { sig: '($self, /)', impl: reversedLen, doc: 'Private method returning an estimate of len(list(it)).' },
    __reduce__: { sig: '($self, /)', impl: reversedReduce, doc: 'Return state information for pickling.' },
    __setstate__: { sig: '($self, object, /)', impl: reversedSetstate, doc: 'Set state information for unpickling.' },
  },
});
