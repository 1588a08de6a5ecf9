// Iterators over arrays, over objects with __getitem__, and over callables.  CPython: Objects/iterobject.c,
// and the tuple/str iterators of tupleobject.c and unicodeobject.c.
import { PyObject, type PyValue } from './object.ts';
import { PyType } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { PyObject_Call, PyObject_EqualBool, PySequence_GetItem } from './abstract.ts';
import { exceptionMatches, PyExc_IndexError, PyExc_StopIteration } from './exceptions.ts';

/** Iterates a fixed array (tuple items, code points of a str). The type tells tuple_iterator etc. apart. */
export class SeqIter extends PyObject {
  index = 0;
  constructor(
    public items: readonly PyValue[] | null,
    type: PyType,
  ) {
    super();
    this.ob_type = type;
  }
  override ob_type: PyType;
}

function seqIterNext(self: PyValue): PyValue | undefined {
  const it = self as SeqIter;
  const items = it.items;
  if (items === null) return undefined;
  if (it.index < items.length) return items[it.index++];
  it.items = null;
  return undefined;
}

function lengthHint(self: SeqIter): PyValue {
  return self.items === null ? 0 : Math.max(0, self.items.length - self.index);
}

function arrayIterType(name: string): PyType {
  return defineBuiltinType({
    name,
    slots: { tp_iter: (s: PyValue) => s, tp_iternext: seqIterNext },
    methods: { __length_hint__: { sig: '($self, /)', impl: lengthHint } },
  });
}

export const TUPLE_ITER = arrayIterType('tuple_iterator');
export const STR_ASCII_ITER = arrayIterType('str_ascii_iterator');
export const STR_ITER = arrayIterType('str_iterator');

// ---- iter(obj) for objects with only __getitem__ ----

export class PySeqIterObject extends PyObject {
  index = 0;
  constructor(public seq: PyValue | null) {
    super();
  }
}

function seqiterNext(self: PyValue): PyValue | undefined {
  const it = self as PySeqIterObject;
  if (it.seq === null) return undefined;
  try {
    return PySequence_GetItem(it.seq, it.index++);
  } catch (e) {
    if (e instanceof PyObject && (exceptionMatches(e, PyExc_IndexError) || exceptionMatches(e, PyExc_StopIteration))) {
      it.seq = null;
      return undefined;
    }
    throw e;
  }
}

export const SeqIterType = defineBuiltinType({
  name: 'iterator',
  instanceClass: PySeqIterObject,
  slots: { tp_iter: (s: PyValue) => s, tp_iternext: seqiterNext },
});


// ---- iter(callable, sentinel) ----

export class PyCallIter extends PyObject {
  constructor(
    public func: PyValue | null,
    public readonly sentinel: PyValue,
  ) {
    super();
  }
}

function calliterNext(self: PyValue): PyValue | undefined {
  const it = self as PyCallIter;
  if (it.func === null) return undefined;
  let r: PyValue;
  try {
    r = PyObject_Call(it.func, [], null);
  } catch (e) {
    if (e instanceof PyObject && exceptionMatches(e, PyExc_StopIteration)) {
      it.func = null;
      return undefined;
    }
    throw e;
  }
  if (PyObject_EqualBool(r, it.sentinel)) {
    it.func = null;
    return undefined;
  }
  return r;
}

export const CallIterType = defineBuiltinType({
  name: 'callable_iterator',
  instanceClass: PyCallIter,
  slots: { tp_iter: (s: PyValue) => s, tp_iternext: calliterNext },
});

