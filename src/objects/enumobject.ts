// enumerate and reversed.  CPython: Objects/enumobject.c
import { PyObject, type PyValue, type PyIntValue } from './object.ts';
import { PyType, TPFLAGS, typeOf } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { newHeapInstance } from './heap.ts';
import { PyTuple } from './tuple.ts';
import { PyObject_GetIter, PyNumber_Index, lookupSpecial, PyObject_Call, PySequence_GetItem, PyObject_Length } from './abstract.ts';
import { typeError } from './exceptions.ts';
import { intAdd } from './int.ts';
import { None } from './object.ts';

export class PyEnumerate extends PyObject {
  constructor(
    public it: PyValue,
    public index: PyIntValue,
  ) {
    super();
  }
}

function enumNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames?.length ?? 0;
  const nargs = args.length - nkw;
  let iterable: PyValue | undefined = nargs > 0 ? args[0] : undefined;
  let start: PyValue | undefined = nargs > 1 ? args[1] : undefined;
  if (nargs > 2) throw typeError(`enumerate() takes at most 2 arguments (${nargs} given)`);
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i];
    if (k === 'iterable' && iterable === undefined) iterable = args[nargs + i];
    else if (k === 'start' && start === undefined) start = args[nargs + i];
    else throw typeError(`enumerate() got an unexpected keyword argument '${k}'`);
  }
  if (iterable === undefined) throw typeError("enumerate() missing required argument 'iterable'");
  const it = PyObject_GetIter(iterable);
  const idx = start === undefined ? 0 : PyNumber_Index(start);
  return type === EnumerateType ? new PyEnumerate(it, idx) : newHeapInstance(PyEnumerate, type, it, idx);
}

function enumNext(self: PyValue): PyValue | undefined {
  const e = self as PyEnumerate;
  const x = typeOf(e.it).tp_iternext!(e.it);
  if (x === undefined) return undefined;
  const i = e.index;
  e.index = typeof i === 'number' && i < Number.MAX_SAFE_INTEGER ? i + 1 : intAdd(i, 1);
  return new PyTuple([i, x]);
}

export const EnumerateType = defineBuiltinType({
  name: 'enumerate',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyEnumerate,
  slots: { tp_new: enumNew, tp_iter: (s: PyValue) => s, tp_iternext: enumNext },
});

export class PyReversed extends PyObject {
  constructor(
    public seq: PyValue | null,
    public index: number,
  ) {
    super();
  }
}

function reversedNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length) throw typeError('reversed() takes no keyword arguments');
  if (args.length !== 1) throw typeError(`reversed expected 1 argument, got ${args.length}`);
  const seq = args[0];
  const rev = lookupSpecial(seq, '__reversed__');
  if (rev === None) throw typeError(`'${typeOf(seq).tp_name}' object is not reversible`);
  if (rev !== null) return PyObject_Call(rev, [], null);
  const t = typeOf(seq);
  if (t.sq_item === null || (t.tp_dict.getStr('__getitem__') === undefined && t.mp_subscript !== null && t.sq_length === null)) {
    throw typeError(`'${t.tp_name}' object is not reversible`);
  }
  const n = PyObject_Length(seq);
  return type === ReversedType ? new PyReversed(seq, n - 1) : newHeapInstance(PyReversed, type, seq, n - 1);
}

function reversedNext(self: PyValue): PyValue | undefined {
  const r = self as PyReversed;
  if (r.seq === null || r.index < 0) {
    r.seq = null;
    return undefined;
  }
  return PySequence_GetItem(r.seq, r.index--);
}

export const ReversedType = defineBuiltinType({
  name: 'reversed',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyReversed,
  slots: { tp_new: reversedNew, tp_iter: (s: PyValue) => s, tp_iternext: reversedNext },
});
