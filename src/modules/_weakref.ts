// Weak references: weakref.ref, proxies, and the _weakref module.  CPython: Objects/weakrefobject.c,
// Modules/_weakref.c
//
// Differs from CPython: a weak reference is a JavaScript WeakRef. JavaScript keeps every object a
// WeakRef was made for or dereferenced alive until the end of the current job, so during a
// synchronous run a referent does not die when its last strong reference goes (there is no
// reference counting): ref() keeps returning it until gc.collect() finds the referent unreachable
// from the interpreter's roots (vm/gc-trace.ts) and clears the reference, as CPython's cycle
// collector does (clearDeadWeakrefs). Callbacks also run when the JavaScript collector reclaims
// the referent, between jobs (through FinalizationRegistry), at the interpreter's next periodic
// check.
import { None, NotImplemented, PyObject, type PyValue } from '../objects/object.ts';
import { PyType, TPFLAGS, typeOf, CompareOp } from '../objects/type.ts';
import { defineBuiltinType } from '../objects/builtin-type.ts';
import { defineModule } from '../objects/module-def.ts';
import { PyList } from '../objects/list.ts';
import { PyCode } from '../objects/code.ts';
import { PyDict } from '../objects/dict.ts';
import * as A from '../objects/abstract.ts';
import * as E from '../objects/exceptions.ts';
import { newHeapInstance } from '../objects/heap.ts';
import { addressOf } from '../objects/id.ts';
import { typeNameT } from '../objects/typeobject.ts';
import { isStrValue, strValue } from '../objects/boxes.ts';
import type { PyIntValue } from '../objects/object.ts';
import { addPendingCall } from '../vm/eval-breaker.ts';
import { tstate } from '../vm/thread-state.ts';
import { writeUnraisable } from './sys.ts';
import { withDocs, moduleDoc } from './docs.ts';
import { finalizationRegistry } from '../runtime/finalization.ts';

type V = PyValue;

export class PyWeakref extends PyObject {
  target: WeakRef<PyObject> | null = null;
  callback: V = None;
  hash: PyIntValue | undefined = undefined;
  /** The referent's type name, for repr after the referent died. */
  constructor() {
    super();
  }

  get(): PyObject | undefined {
    return this.target?.deref();
  }
}

export class PyWeakProxy extends PyWeakref {}
export class PyWeakCallableProxy extends PyWeakProxy {}

/** The weak references to each object, oldest first (getweakrefs(), reuse of the basic ref). */
const refsOf = new WeakMap<PyObject, WeakRef<PyWeakref>[]>();

function liveRefs(o: PyObject): PyWeakref[] {
  const list = refsOf.get(o);
  if (list === undefined) return [];
  const out: PyWeakref[] = [];
  for (const w of list) {
    const r = w.deref();
    if (r !== undefined && r.target !== null) out.push(r);
  }
  return out;
}

/**
 * Every weak reference made, held weakly, for gc.collect() to find those whose referent died.
 * Pruned of cleared references whenever it has doubled since the last pruning.
 */
let allRefs: WeakRef<PyWeakref>[] = [];
let pruneAt = 1024;

function remember(r: PyWeakref): void {
  allRefs.push(new WeakRef(r));
  if (allRefs.length >= pruneAt) {
    allRefs = allRefs.filter((w) => w.deref()?.target != null);
    pruneAt = Math.max(1024, 2 * allRefs.length);
  }
}

/**
 * Clears the weak references whose referent `isAlive` says is gone, and returns those (still
 * alive themselves) whose callback is now due, in the order they were made.  Types that are not
 * heap types and code objects are left alone: not every one of them is reachable from the roots
 * the tracer knows.  CPython: Python/gc.c handle_weakrefs
 */
export function clearDeadWeakrefs(isAlive: (o: object) => boolean): PyWeakref[] {
  const due: PyWeakref[] = [];
  const kept: WeakRef<PyWeakref>[] = [];
  for (const w of allRefs) {
    const r = w.deref();
    if (r === undefined || r.target === null) continue;
    const o = r.target.deref();
    if (o === undefined) {
      r.target = null;
      continue;
    }
    if (isAlive(o) || (o instanceof PyType && !(o.tp_flags & TPFLAGS.HEAPTYPE)) || o instanceof PyCode) {
      kept.push(w);
      continue;
    }
    r.target = null;
    // A weak reference that dies with its referent does not call back.
    if (r.callback !== None && isAlive(r)) due.push(r);
    else r.callback = None;
  }
  allRefs = kept;
  pruneAt = Math.max(1024, 2 * kept.length);
  return due;
}

/** Calls the callbacks of weak references that clearDeadWeakrefs cleared. */
export function runWeakrefCallbacks(refs: readonly PyWeakref[]): void {
  for (const r of refs) pendingCallbacks.push(r);
  runCallbacks();
}

// ---- callbacks ----

const pendingCallbacks: PyWeakref[] = [];
const registry = finalizationRegistry<WeakRef<PyWeakref>>((held) => {
  const r = held.deref();
  if (r === undefined) return;
  r.target = null;
  if (r.callback === None) return;
  pendingCallbacks.push(r);
  if (tstate.frame === null) runCallbacks();
  else addPendingCall(runCallbacks);
});

function runCallbacks(): void {
  while (pendingCallbacks.length > 0) {
    const r = pendingCallbacks.shift()!;
    const cb = r.callback;
    r.callback = None;
    try {
      A.PyObject_Call(cb, [r]);
    } catch (e) {
      writeUnraisable(e, cb, 'Exception ignored while calling weakref callback');
    }
  }
}

/** Whether instances of the type can be weakly referenced.  CPython: _PyType_SUPPORTS_WEAKREFS */
function supportsWeakrefs(o: V): o is PyObject {
  // Type objects always can be (type's tp_weaklistoffset).
  return o instanceof PyObject && (typeOf(o).instanceWeakrefable || o instanceof PyType);
}

function attach(r: PyWeakref, o: PyObject, callback: V): void {
  r.target = new WeakRef(o);
  r.callback = callback;
  remember(r);
  let list = refsOf.get(o);
  if (list === undefined) refsOf.set(o, (list = []));
  list.push(new WeakRef(r));
  if (registry !== null && callback !== None) registry.register(o, new WeakRef(r));
}

// ---- weakref.ref ----

function refNew(type: PyType, args: readonly V[], kwnames: readonly string[] | null): V {
  const nkw = kwnames?.length ?? 0;
  const nargs = args.length - nkw;
  if (nkw > 0 && type === ReferenceType) throw E.typeError('ref() takes no keyword arguments');
  if (nargs < 1) throw E.typeError(`__new__ expected at least 1 argument, got ${nargs}`);
  if (nargs > 2) throw E.typeError(`__new__ expected at most 2 arguments, got ${nargs}`);
  const ob = args[0];
  const callback = nargs > 1 ? args[1] : None;
  if (!supportsWeakrefs(ob)) throw E.typeError(`cannot create weak reference to '${typeOf(ob).tp_name}' object`);
  if (type === ReferenceType && callback === None) {
    for (const r of liveRefs(ob)) if (typeOf(r) === ReferenceType && r.callback === None) return r;
  }
  const r = type === ReferenceType ? new PyWeakref() : newHeapInstance(PyWeakref, type);
  attach(r, ob, callback);
  return r;
}

function refInit(): void {
  // ref.__init__(ob, callback=None) accepts what __new__ accepted.
}

function refCall(self: V, args: readonly V[], kwnames: readonly string[] | null): V {
  if ((kwnames?.length ?? 0) > 0) throw E.typeError('weakref() takes no keyword arguments');
  if (args.length > 0) throw E.typeError(`weakref() takes no arguments (${args.length} given)`);
  return (self as PyWeakref).get() ?? None;
}

function refHash(self: V): PyIntValue {
  const r = self as PyWeakref;
  if (r.hash !== undefined) return r.hash;
  const o = r.get();
  if (o === undefined) throw E.typeError('weak object has gone away');
  r.hash = A.PyObject_Hash(o);
  return r.hash;
}

function refRepr(self: V): string {
  const r = self as PyWeakref;
  const o = r.get();
  if (o === undefined) return `<weakref at ${addressOf(r)}; dead>`;
  const name = A.lookupSpecial(o, '__name__');
  const tn = typeNameT(typeOf(o));
  if (name !== null && isStrValue(name)) return `<weakref at ${addressOf(r)}; to '${tn}' at ${addressOf(o)} (${strValue(name)})>`;
  return `<weakref at ${addressOf(r)}; to '${tn}' at ${addressOf(o)}>`;
}

function refRichcompare(a: V, b: V, op: CompareOp): V {
  if ((op !== CompareOp.EQ && op !== CompareOp.NE) || !(a instanceof PyWeakref) || !(b instanceof PyWeakref) || a instanceof PyWeakProxy || b instanceof PyWeakProxy) return NotImplemented;
  const x = a.get();
  const y = b.get();
  if (x === undefined || y === undefined) {
    const same = a === b;
    return op === CompareOp.EQ ? same : !same;
  }
  return A.PyObject_RichCompare(x, y, op);
}

export const ReferenceType = defineBuiltinType({
  name: 'weakref.ReferenceType',
  doc: 'A weak reference: calling it returns the object, or None once the object is gone.',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyWeakref,
  alloc: (t: PyType) => newHeapInstance(PyWeakref, t),
  slots: { tp_new: refNew, tp_init: refInit, tp_call: refCall, tp_hash: refHash, tp_repr: refRepr, tp_richcompare: refRichcompare },
  getset: {
    __callback__: { get: (r: PyWeakref) => r.callback },
  },
});

// ---- proxies ----

function referent(self: V): PyObject {
  const o = (self as PyWeakref).get();
  if (o === undefined) throw E.newException(E.PyExc_ReferenceError, ['weakly-referenced object no longer exists']);
  return o;
}

function unwrap(v: V): V {
  return v instanceof PyWeakProxy ? referent(v) : v;
}

function proxyRepr(self: V): string {
  const o = referent(self);
  return `<weakproxy at ${addressOf(self)}; to '${typeNameT(typeOf(o))}' at ${addressOf(o)}>`;
}

const binary = (f: (a: V, b: V) => V) => (a: V, b: V): V => f(unwrap(a), unwrap(b));
const unary = (f: (a: V) => V) => (a: V): V => f(unwrap(a));
const inplace = (f: (a: V, b: V) => V) => (a: V, b: V): V => {
  // The result replaces the referent only in the caller's variable; the proxy stays.
  f(unwrap(a), unwrap(b));
  return a;
};

const PROXY_SLOTS = {
  tp_repr: proxyRepr,
  tp_str: (s: V) => A.PyObject_Str(referent(s)),
  tp_getattro: (s: V, name: string, suppress: boolean) => (suppress ? A.PyObject_LookupAttr(referent(s), name) : A.PyObject_GetAttr(referent(s), name)),
  tp_setattro: (s: V, name: string, v: V | null) => A.PyObject_SetAttr(referent(s), name, v),
  tp_richcompare: (a: V, b: V, op: CompareOp) => A.PyObject_RichCompare(unwrap(a), unwrap(b), op),
  tp_iter: (s: V) => A.PyObject_GetIter(referent(s)),
  tp_iternext: (s: V) => {
    const o = referent(s);
    const next = typeOf(o).tp_iternext;
    if (next === null) throw E.typeError(`Weakref proxy referenced a non-iterator '${typeOf(o).tp_name}' object`);
    return next(o);
  },
  tp_hash: () => {
    throw E.typeError("unhashable type: 'weakref.ProxyType'");
  },
};

const PROXY_NUMBER = {
  nb_add: binary(A.PyNumber_Add),
  nb_subtract: binary(A.PyNumber_Subtract),
  nb_multiply: binary(A.PyNumber_Multiply),
  nb_remainder: binary(A.PyNumber_Remainder),
  nb_divmod: binary(A.PyNumber_Divmod),
  nb_power: (a: V, b: V, c: V) => A.PyNumber_Power(unwrap(a), unwrap(b), unwrap(c)),
  nb_negative: unary(A.PyNumber_Negative),
  nb_positive: unary(A.PyNumber_Positive),
  nb_absolute: unary(A.PyNumber_Absolute),
  nb_bool: (s: V) => A.PyObject_IsTrue(referent(s)),
  nb_invert: unary(A.PyNumber_Invert),
  nb_lshift: binary(A.PyNumber_Lshift),
  nb_rshift: binary(A.PyNumber_Rshift),
  nb_and: binary(A.PyNumber_And),
  nb_xor: binary(A.PyNumber_Xor),
  nb_or: binary(A.PyNumber_Or),
  nb_floor_divide: binary(A.PyNumber_FloorDivide),
  nb_true_divide: binary(A.PyNumber_TrueDivide),
  nb_matrix_multiply: binary(A.PyNumber_MatrixMultiply),
  nb_index: (s: V) => A.PyNumber_Index(referent(s)),
  nb_inplace_add: inplace(A.PyNumber_InPlaceAdd),
  nb_inplace_subtract: inplace(A.PyNumber_InPlaceSubtract),
  nb_inplace_multiply: inplace(A.PyNumber_InPlaceMultiply),
};

const PROXY_MAPPING = {
  mp_length: (s: V) => A.PyObject_Length(referent(s)),
  mp_subscript: (s: V, k: V) => A.PyObject_GetItem(referent(s), k),
  mp_ass_subscript: (s: V, k: V, v: V | null) => A.PyObject_SetItem(referent(s), k, v),
};

const PROXY_SEQUENCE = {
  sq_contains: (s: V, v: V) => A.PySequence_Contains(referent(s), v),
};

const PROXY_METHODS = {
  __bytes__: { sig: '($self, /)', impl: (s: V) => A.PyObject_CallMethod(referent(s), '__bytes__', []) },
  __reversed__: { sig: '($self, /)', impl: (s: V) => A.PyObject_CallMethod(referent(s), '__reversed__', []) },
};

export const ProxyType = defineBuiltinType({
  name: 'weakref.ProxyType',
  instanceClass: PyWeakProxy,
  slots: PROXY_SLOTS,
  number: PROXY_NUMBER,
  mapping: PROXY_MAPPING,
  sequence: PROXY_SEQUENCE,
  methods: PROXY_METHODS,
});

export const CallableProxyType = defineBuiltinType({
  name: 'weakref.CallableProxyType',
  instanceClass: PyWeakCallableProxy,
  slots: { ...PROXY_SLOTS, tp_call: (s: V, args: readonly V[], kw: readonly string[] | null) => A.PyObject_Call(referent(s), args, kw) },
  number: PROXY_NUMBER,
  mapping: PROXY_MAPPING,
  sequence: PROXY_SEQUENCE,
  methods: PROXY_METHODS,
});

/** weakref.proxy(object, callback=None).  CPython: PyWeakref_NewProxy */
function proxy(_m: V, ob: V, callback: V): V {
  if (!supportsWeakrefs(ob)) throw E.typeError(`cannot create weak reference to '${typeOf(ob).tp_name}' object`);
  const cb = callback === undefined ? None : callback;
  const callable = typeOf(ob).tp_call !== null;
  if (cb === None) {
    for (const r of liveRefs(ob)) if (r.callback === None && typeOf(r) === (callable ? CallableProxyType : ProxyType)) return r;
  }
  const p = callable ? new PyWeakCallableProxy() : new PyWeakProxy();
  attach(p, ob, cb);
  return p;
}

function getweakrefcount(_m: V, ob: V): V {
  return ob instanceof PyObject ? liveRefs(ob).length : 0;
}

function getweakrefs(_m: V, ob: V): V {
  return new PyList(ob instanceof PyObject ? liveRefs(ob) : []);
}

/** Removes dict[key] if its value is a dead weak reference.  CPython: _weakref__remove_dead_weakref_impl */
function removeDeadWeakref(_m: V, dct: V, key: V): V {
  if (!(dct instanceof PyDict)) throw E.typeError(`_remove_dead_weakref() argument 1 must be dict, not ${typeOf(dct).tp_name}`);
  const v = dct.get(key);
  if (v instanceof PyWeakref && v.get() === undefined) A.PyObject_SetItem(dct, key, null);
  return None;
}

/** The first weak reference to an object (object.__weakref__), or None. */
export function firstWeakref(o: V): V {
  if (!(o instanceof PyObject)) return None;
  const refs = liveRefs(o);
  return refs.length > 0 ? refs[0] : None;
}

export const weakrefModule = defineModule({
  name: '_weakref',
  doc: moduleDoc('_weakref'),
  functions: withDocs('_weakref', {
    getweakrefcount: { sig: '($module, object, /)', impl: getweakrefcount, doc: 'The number of weak references to the object.' },
    getweakrefs: { sig: '($module, object, /)', impl: getweakrefs, doc: 'The weak references and proxies to the object.' },
    proxy: { sig: '($module, object, callback=None, /)', impl: proxy, doc: 'A proxy to the object that uses a weak reference.' },
    _remove_dead_weakref: { sig: '($module, dct, key, /)', impl: removeDeadWeakref },
  }),
  constants: () => ({
    ref: ReferenceType,
    ReferenceType,
    ProxyType,
    CallableProxyType,
  }),
});

