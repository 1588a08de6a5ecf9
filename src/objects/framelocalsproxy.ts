// FrameLocalsProxy: frame.f_locals of an optimized (function) frame, PEP 667's write-through view of
// its fast locals, cells and free variables, plus the frame's extra locals (names that are not
// variables of the code).  CPython: Objects/frameobject.c (framelocalsproxy_*)
import { PyObject, None, NotImplemented, type PyValue } from './object.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { CompareOp, PyType, typeOf } from './type.ts';
import { Frame } from '../vm/frame.ts';
import { CO_FAST_CELL, CO_FAST_FREE, CO_FAST_HIDDEN } from './code.ts';
import { PyCell } from './function.ts';
import { PyDict } from './dict.ts';
import { PyList } from './list.ts';
import { PyTuple } from './tuple.ts';
import { PyObject_Hash, PyObject_RichCompare, PyObject_RichCompareBool, PyObject_Repr, PyObject_GetIter, PyObject_GetItem } from './abstract.ts';
import { typeError, valueError, keyError, newException, PyExc_KeyError, exceptionMatches, PyBaseException } from './exceptions.ts';
import { dictMerge } from './dict-type.ts';
import { enterRepr, leaveRepr } from './repr-guard.ts';

export class PyFrameLocalsProxy extends PyObject {
  constructor(readonly frame: Frame) {
    super();
  }
}

/** The value of fast variable i (a cell's contents for cells and free variables), or undefined. */
function getval(f: Frame, i: number): PyValue | undefined {
  const v = f.localsplus[i];
  if (v === undefined) return undefined;
  // A comprehension's variable can share a cell variable's name (PEP 709): only a cell is unwrapped.
  if (f.f_code.co_localspluskinds.data[i]! & (CO_FAST_CELL | CO_FAST_FREE) && v instanceof PyCell) return v.ob_ref ?? undefined;
  return v;
}

/**
 * The index of `key` among the fast variables: for reading, only if it has a value; for writing, only
 * if it is not hidden (a comprehension's temporary).  -1 otherwise.
 */
function keyIndex(f: Frame, key: PyValue, read: boolean): number {
  PyObject_Hash(key);
  const names = f.f_code.co_localsplusnames.items;
  const kinds = f.f_code.co_localspluskinds.data;
  if (typeof key === 'string') {
    let found = false;
    for (let i = 0; i < names.length; i++) {
      if (names[i] !== key) continue;
      if (read ? getval(f, i) !== undefined : !(kinds[i]! & CO_FAST_HIDDEN)) return i;
      found = true;
    }
    if (found) return -1;
  }
  if (typeof key !== 'string' || typeOf(key) !== typeOf('')) {
    // A str subclass or an object equal to a name.
    for (let i = 0; i < names.length; i++) {
      if (!PyObject_RichCompareBool(names[i]!, key, CompareOp.EQ)) continue;
      if (read ? getval(f, i) !== undefined : !(kinds[i]! & CO_FAST_HIDDEN)) return i;
    }
  }
  return -1;
}

function getitem(self: PyValue, key: PyValue): PyValue {
  const f = (self as PyFrameLocalsProxy).frame;
  const i = keyIndex(f, key, true);
  if (i >= 0) return getval(f, i)!;
  const v = f.extraLocals?.get(key);
  if (v !== undefined) return v;
  throw newException(PyExc_KeyError, [`local variable '${PyObject_Repr(key)}' is not defined`]);
}

function setitem(self: PyValue, key: PyValue, value: PyValue | null): void {
  const f = (self as PyFrameLocalsProxy).frame;
  const i = keyIndex(f, key, false);
  if (i >= 0) {
    if (value === null) throw valueError('cannot remove local variables from FrameLocalsProxy');
    const kind = f.f_code.co_localspluskinds.data[i]!;
    const old = f.localsplus[i];
    if (kind & (CO_FAST_CELL | CO_FAST_FREE) && old instanceof PyCell) old.ob_ref = value;
    else f.localsplus[i] = value;
    return;
  }
  if (f.extraLocals === null) {
    if (value === null) throw keyError(key);
    f.extraLocals = new PyDict();
  }
  if (value === null) {
    if (!f.extraLocals.delete(key)) throw keyError(key);
  } else f.extraLocals.set(key, value);
}

function keys(f: Frame): PyValue[] {
  const out: PyValue[] = [];
  const names = f.f_code.co_localsplusnames.items;
  for (let i = 0; i < names.length; i++) if (getval(f, i) !== undefined) out.push(names[i]!);
  const extra = f.extraLocals;
  if (extra !== null) for (let j = extra.next(0); j >= 0; j = extra.next(j + 1)) out.push(extra.keys[j]!);
  return out;
}

function items(f: Frame): [PyValue, PyValue][] {
  const out: [PyValue, PyValue][] = [];
  const names = f.f_code.co_localsplusnames.items;
  for (let i = 0; i < names.length; i++) {
    const v = getval(f, i);
    if (v !== undefined) out.push([names[i]!, v]);
  }
  const extra = f.extraLocals;
  if (extra !== null) for (let j = extra.next(0); j >= 0; j = extra.next(j + 1)) out.push([extra.keys[j]!, extra.values[j]!]);
  return out;
}

function contains(self: PyValue, key: PyValue): boolean {
  const f = (self as PyFrameLocalsProxy).frame;
  if (keyIndex(f, key, true) >= 0) return true;
  return f.extraLocals !== null && f.extraLocals.has(key);
}

function keysOfDict(d: PyDict): PyValue[] {
  const out: PyValue[] = [];
  for (let j = d.next(0); j >= 0; j = d.next(j + 1)) out.push(d.keys[j]!);
  return out;
}

function isProxyOrDict(v: PyValue): boolean {
  return v instanceof PyFrameLocalsProxy || v instanceof PyDict;
}

/** A dict with the proxy's items (what repr, ==, | and copy() work on). */
function toDict(self: PyValue): PyDict {
  const d = new PyDict();
  for (const [k, v] of items((self as PyFrameLocalsProxy).frame)) d.set(k, v);
  return d;
}

/** Sets every item of a dict or FrameLocalsProxy `other`; false when `other` is neither. */
function merge(self: PyValue, other: PyValue): boolean {
  if (!isProxyOrDict(other)) return false;
  const ks = other instanceof PyDict ? keysOfDict(other) : keys((other as PyFrameLocalsProxy).frame);
  for (const k of ks) setitem(self, k, PyObject_GetItem(other, k));
  return true;
}

function richcompare(self: PyValue, other: PyValue, op: CompareOp): PyValue {
  if (other instanceof PyFrameLocalsProxy) {
    const same = (self as PyFrameLocalsProxy).frame === other.frame;
    if (op === CompareOp.EQ) return same;
    if (op === CompareOp.NE) return !same;
  } else if (other instanceof PyDict) {
    return PyObject_RichCompare(toDict(self), other, op);
  }
  return NotImplemented;
}

function repr(self: PyValue): string {
  if (!enterRepr(self)) return '{...}';
  try {
    return PyObject_Repr(toDict(self));
  } finally {
    leaveRepr(self);
  }
}

function get(self: PyFrameLocalsProxy, key: PyValue, dflt: PyValue): PyValue {
  try {
    return getitem(self, key);
  } catch (e) {
    if (e instanceof PyBaseException && exceptionMatches(e, PyExc_KeyError)) return dflt;
    throw e;
  }
}

function setdefault(self: PyFrameLocalsProxy, key: PyValue, dflt: PyValue): PyValue {
  try {
    return getitem(self, key);
  } catch (e) {
    if (!(e instanceof PyBaseException && exceptionMatches(e, PyExc_KeyError))) throw e;
    setitem(self, key, dflt);
    return dflt;
  }
}

function pop(self: PyFrameLocalsProxy, key: PyValue, dflt: PyValue | undefined): PyValue {
  const f = self.frame;
  if (keyIndex(f, key, false) >= 0) throw valueError('cannot remove local variables from FrameLocalsProxy');
  const v = f.extraLocals?.get(key);
  if (v !== undefined) {
    f.extraLocals!.delete(key);
    return v;
  }
  if (dflt !== undefined) return dflt;
  throw keyError(key);
}

function proxyNew(_type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  if ((kwnames?.length ?? 0) > 0) throw typeError('FrameLocalsProxy takes no keyword arguments');
  if (args.length !== 1) throw typeError(`FrameLocalsProxy expected 1 argument, got ${args.length}`);
  const f = args[0];
  if (!(f instanceof Frame)) throw typeError(`expect frame, not ${typeOf(f).tp_name}`);
  return new PyFrameLocalsProxy(f);
}

export const FrameLocalsProxyType = defineBuiltinType({
  name: 'FrameLocalsProxy',
  instanceClass: PyFrameLocalsProxy,
  slots: {
    tp_new: proxyNew,
    tp_repr: repr,
    tp_iter: (s: PyValue) => PyObject_GetIter(new PyList(keys((s as PyFrameLocalsProxy).frame))),
    tp_richcompare: richcompare,
  },
  mapping: {
    mp_length: (s: PyValue) => keys((s as PyFrameLocalsProxy).frame).length,
    mp_subscript: getitem,
    mp_ass_subscript: setitem,
  },
  sequence: { sq_contains: contains },
  number: {
    nb_or: (a: PyValue, b: PyValue) => {
      if (!(a instanceof PyFrameLocalsProxy) || !isProxyOrDict(b)) return NotImplemented;
      const d = toDict(a);
      dictMerge(d, b);
      return d;
    },
    nb_inplace_or: (a: PyValue, b: PyValue) => (merge(a, b) ? a : NotImplemented),
  },
  methods: {
    __contains__: { sig: '($self, key, /)', impl: (s: PyFrameLocalsProxy, k: PyValue) => contains(s, k) },
    __getitem__: { sig: '($self, key, /)', impl: getitem },
    update: {
      sig: '($self, other, /)',
      impl: (s: PyFrameLocalsProxy, other: PyValue) => {
        if (!merge(s, other)) throw typeError('update() argument must be dict or another FrameLocalsProxy');
        return None;
      },
    },
    __reversed__: { sig: '($self, /)', impl: (s: PyFrameLocalsProxy) => PyObject_GetIter(new PyList(keys(s.frame).reverse())) },
    copy: { sig: '($self, /)', impl: toDict },
    keys: { sig: '($self, /)', impl: (s: PyFrameLocalsProxy) => new PyList(keys(s.frame)) },
    values: { sig: '($self, /)', impl: (s: PyFrameLocalsProxy) => new PyList(items(s.frame).map((p) => p[1])) },
    items: { sig: '($self, /)', impl: (s: PyFrameLocalsProxy) => new PyList(items(s.frame).map((p) => new PyTuple(p))) },
    get: { sig: '($self, key, default=None, /)', impl: get },
    pop: { sig: '($self, key, default=<unrepresentable>, /)', impl: pop },
    setdefault: { sig: '($self, key, default=None, /)', impl: setdefault },
  },
});
