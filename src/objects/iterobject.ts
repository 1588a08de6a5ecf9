// Iterators over arrays, over objects with __getitem__, and over callables.  CPython: Objects/iterobject.c,
// and the tuple/str iterators of tupleobject.c and unicodeobject.c.
// Also small helpers for the iterator protocol's pickling support (builtins.iter for __reduce__).
import { PyObject, type PyValue } from './object.ts';
import { PyType, typeOf } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { PyObject_Call, PyObject_GetAttr, PyObject_RichCompareBool, PySequence_GetItem, PyNumber_AsSsize_t, lookupSpecial } from './abstract.ts';
import { isIntValue } from './boxes.ts';
import { CompareOp } from './type.ts';
import { exceptionMatches, newException, overflowError, typeError, valueError, PyExc_AttributeError, PyExc_IndexError, PyExc_StopIteration, PyExc_TypeError } from './exceptions.ts';
import { NotImplemented } from './object.ts';
import { interp } from '../vm/interpreter.ts';
import { tstate } from '../vm/thread-state.ts';
import { builtinsGet } from '../vm/builtins-mapping.ts';
import { PyTuple, EMPTY_TUPLE } from './tuple.ts';

/**
 * The running frame's builtins[name] (the interpreter's builtins outside any frame); AttributeError
 * when missing.  CPython: _PyEval_GetBuiltin
 */
export function builtinByName(name: string): PyValue {
  const f = tstate.frame;
  const v = f !== null ? builtinsGet(f.f_builtins, name) : interp().builtinsDict.getStr(name);
  if (v === undefined) throw newException(PyExc_AttributeError, [name]);
  return v;
}

/** builtins.iter: the callable iterators' __reduce__ methods return. */
export function builtinIter(): PyValue {
  return builtinByName('iter');
}

/** getattr(import_module(module), name), as CPython's _PyImport_GetModuleAttrString. */
export function importModuleAttr(module: string, name: string): PyValue {
  const mod = PyObject_Call(builtinByName('__import__'), [module], null);
  return PyObject_GetAttr(mod, name);
}

/** (iter, ((),)): what an exhausted iterator's __reduce__ returns. */
export function reduceExhausted(): PyValue {
  return new PyTuple([builtinIter(), new PyTuple([EMPTY_TUPLE])]);
}

/** Iterates a fixed array (tuple items, code points of a str). The type tells tuple_iterator etc. apart. */
export class SeqIter extends PyObject {
  index = 0;
  constructor(
    public items: readonly PyValue[] | null,
    type: PyType,
    /** The object iterated (for __reduce__), when it is not a tuple of `items`. */
    readonly source: PyValue | null = null,
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

function seqIterLengthHint(self: SeqIter): PyValue {
  return self.items === null ? 0 : Math.max(0, self.items.length - self.index);
}

function seqIterReduce(self: SeqIter): PyValue {
  const iter = builtinIter();
  if (self.items === null) return new PyTuple([iter, new PyTuple([self.ob_type === TUPLE_ITER ? EMPTY_TUPLE : ''])]);
  const src = self.source ?? (self.ob_type === TUPLE_ITER ? new PyTuple(self.items) : self.items.join(''));
  return new PyTuple([iter, new PyTuple([src]), self.index]);
}

function seqIterSetstate(self: SeqIter, state: PyValue): void {
  let index = PyNumber_AsSsize_t(state, false);
  if (self.items !== null) {
    if (index < 0) index = 0;
    else if (index > self.items.length) index = self.items.length;
    self.index = index;
  }
}

function arrayIterType(name: string): PyType {
  return defineBuiltinType({
    name,
    slots: { tp_iter: (s: PyValue) => s, tp_iternext: seqIterNext },
    methods: {
      __length_hint__: { sig: '($self, /)', impl: seqIterLengthHint, doc: 'Private method returning an estimate of len(list(it)).' },
      __reduce__: { sig: '($self, /)', impl: seqIterReduce, doc: 'Return state information for pickling.' },
      __setstate__: { sig: '($self, object, /)', impl: seqIterSetstate, doc: 'Set state information for unpickling.' },
    },
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
  const seq = it.seq;
  if (seq === null) return undefined;
  if (it.index === Number.MAX_SAFE_INTEGER) throw overflowError('iter index too large');
  try {
    const r = PySequence_GetItem(seq, it.index);
    it.index++;
    return r;
  } catch (e) {
    if (e instanceof PyObject && (exceptionMatches(e, PyExc_IndexError) || exceptionMatches(e, PyExc_StopIteration))) {
      it.seq = null;
      return undefined;
    }
    throw e;
  }
}

function seqiterLen(self: PySeqIterObject): PyValue {
  const seq = self.seq;
  if (seq === null) return 0;
  const t = typeOf(seq);
  const lenf = t.sq_length ?? t.mp_length;
  if (lenf === null) return NotImplemented;
  const len = lenf(seq) - self.index;
  return len >= 0 ? len : 0;
}

function seqiterReduce(self: PySeqIterObject): PyValue {
  const iter = builtinIter();
  if (self.seq === null) return new PyTuple([iter, new PyTuple([EMPTY_TUPLE])]);
  return new PyTuple([iter, new PyTuple([self.seq]), self.index]);
}

function seqiterSetstate(self: PySeqIterObject, state: PyValue): void {
  const index = PyNumber_AsSsize_t(state, false);
  if (self.seq !== null) self.index = index < 0 ? 0 : index;
}

export const SeqIterType = defineBuiltinType({
  name: 'iterator',
  instanceClass: PySeqIterObject,
  slots: { tp_iter: (s: PyValue) => s, tp_iternext: seqiterNext },
  methods: {
    __length_hint__: { sig: '($self, /)', impl: seqiterLen, doc: 'Private method returning an estimate of len(list(it)).' },
    __reduce__: { sig: '($self, /)', impl: seqiterReduce, doc: 'Return state information for pickling.' },
    __setstate__: { sig: '($self, object, /)', impl: seqiterSetstate, doc: 'Set state information for unpickling.' },
  },
});

// ---- iter(callable, sentinel) ----

export class PyCallIter extends PyObject {
  constructor(
    public func: PyValue | null,
    public sentinel: PyValue | null,
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
      it.sentinel = null;
      return undefined;
    }
    throw e;
  }
  if (it.sentinel === null) return undefined;
  if (!PyObject_RichCompareBool(it.sentinel, r, CompareOp.EQ)) return r;
  it.func = null;
  it.sentinel = null;
  return undefined;
}

function calliterReduce(self: PyCallIter): PyValue {
  const iter = builtinIter();
  if (self.func !== null && self.sentinel !== null) return new PyTuple([iter, new PyTuple([self.func, self.sentinel])]);
  return new PyTuple([iter, new PyTuple([EMPTY_TUPLE])]);
}

export const CallIterType = defineBuiltinType({
  name: 'callable_iterator',
  instanceClass: PyCallIter,
  slots: { tp_iter: (s: PyValue) => s, tp_iternext: calliterNext },
  methods: { __reduce__: { sig: '($self, /)', impl: calliterReduce, doc: 'Return state information for pickling.' } },
});

/** An estimate of len(list(o)): len(o), else o.__length_hint__(), else dflt.  CPython: PyObject_LengthHint */
export function lengthHint(o: PyValue, dflt: number): number {
  const t = typeOf(o);
  const lenf = t.sq_length ?? t.mp_length;
  if (lenf !== null) {
    try {
      return lenf(o);
    } catch (e) {
      if (!exceptionMatches(e as PyValue, PyExc_TypeError)) throw e;
    }
  }
  const hint = lookupSpecial(o, '__length_hint__');
  if (hint === null) return dflt;
  let result: PyValue;
  try {
    result = PyObject_Call(hint, [], null);
  } catch (e) {
    if (exceptionMatches(e as PyValue, PyExc_TypeError)) return dflt;
    throw e;
  }
  if (result === NotImplemented) return dflt;
  if (!isIntValue(result)) throw typeError(`__length_hint__ must be an integer, not ${typeOf(result).tp_name}`);
  const res = PyNumber_AsSsize_t(result, false);
  if (res < 0) throw valueError('__length_hint__() should return >= 0');
  return res;
}
