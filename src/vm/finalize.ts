// Finalizing objects when CPython's reference count would drop to zero: closing suspended
// generators and calling __del__.  CPython: Objects/object.c (PyObject_CallFinalizerFromDealloc),
// Objects/typeobject.c (slot_tp_finalize, subtype_dealloc), Objects/genobject.c (_PyGen_Finalize),
// Python/gc.c (finalize_garbage).
//
// pyts has no reference counts. The evaluation loop reports the points where CPython's count of
// an object can drop (a value popped, a variable rebound or deleted, a frame finished, a stack
// unwound), but only while gcLive.count says observable objects exist (vm/gc-state.ts). A report
// looks forward from the dropped values for observable objects (bounded: the candidates); when it
// finds some, it marks what is reachable from the roots (vm/gc-trace.ts), and finalizes the
// candidates left unmarked, in the order CPython's deallocations would reach them: a dropped
// value first, then what it held (lists and tuples from their end, dicts and frames in order).
//
// Differs from CPython: an object rebound by a specialized STORE_ATTR, or dropped by native code
// (list.clear(), dict.pop() of an unused result), is finalized at the next report that reaches it,
// at gc.collect() or at exit, not at once. An object that native code keeps only in a JS variable
// can look unreachable to the trace while that code runs.

import { None, PyObject, type PyValue } from '../objects/object.ts';
import { PyType, TPFLAGS, typeOf, _PyType_Lookup } from '../objects/type.ts';
import { PyModule } from '../objects/module.ts';
import { PyCode, CO_COROUTINE, CO_VARARGS, CO_VARKEYWORDS } from '../objects/code.ts';
import { PyList } from '../objects/list.ts';
import { PyTuple } from '../objects/tuple.ts';
import { PyDict } from '../objects/dict.ts';
import { PyFunction, PyMethod, PyCell } from '../objects/function.ts';
import { PyFloat } from '../objects/float.ts';
import { PyComplex } from '../objects/complex.ts';
import { PyBytes } from '../objects/bytes.ts';
import { PyCFunction, PyMethodDescr } from '../objects/descrobject.ts';
import { PyObject_Call, PyObject_GetAttr, PyObject_Repr } from '../objects/abstract.ts';
import { PyGenObject, genClose, genIsFinished, PyAsyncGenASend, PyAsyncGenAThrow, unawaitedAgenMethod } from '../objects/genobject.ts';
import { Frame, FrameState } from './frame.ts';
import { gcLive, tracked, untrackObject, gcRootProviders, gcHooks, collectCandidates, gcPinned, nativeTracked, untrackNative, nativeCollect } from './gc-state.ts';
import { tstate } from './thread-state.ts';
import type { Interpreter } from './interpreter.ts';
import { forEachReferent, forEachFrameSlot, gcRoots, markReachable } from './gc-trace.ts';
import { writeUnraisable } from '../modules/sys.ts';
import { STDLIB_ZIP_PATH } from '../runtime/stdlib-path.ts';
import { warnEx, warningsAttr } from '../modules/_warnings.ts';
import { exceptionMatches, PyExc_RuntimeWarning } from '../objects/exceptions.ts';
import { clearDeadWeakrefs, runWeakrefCallbacks } from '../modules/_weakref.ts';

export { gcLive };

/** Objects whose finalizer has run (CPython's _PyGC_FINALIZED bit): it runs once. */
const finalizedObjects = new WeakSet<object>();

export function isFinalized(o: object): boolean {
  return finalizedObjects.has(o);
}

/** While a pass finalizes, later reports wait here (finalizers run Python code, which reports). */
let busy = false;
const pending: unknown[] = [];

/** How many objects the forward look from dropped values may visit. */
const FORWARD_BUDGET = 500;

function isRef(v: unknown): v is object {
  return typeof v === 'object' && v !== null;
}

/** What the forward look does not enter: objects that live on their own (types, modules, code, live frames). */
function forwardReferents(o: object, visit: (x: object) => void): void {
  if (o instanceof PyObject) {
    if (o instanceof PyType || o instanceof PyModule || o instanceof PyCode || o instanceof PyCFunction || o instanceof PyMethodDescr || o === None) return;
    if (o instanceof Frame) {
      if (o.state === FrameState.EXECUTING) return;
      forEachFrameSlot(o, visit);
      return;
    }
    if (o instanceof PyFunction) {
      // Not its globals and builtins: a module's namespace does not die with a function.
      if (o.func_closure !== null) visit(o.func_closure);
      if (o.func_defaults !== null) visit(o.func_defaults);
      if (o.func_kwdefaults !== null) visit(o.func_kwdefaults);
      if (o.ob_dict !== null) visit(o.ob_dict);
      return;
    }
    if (o instanceof PyGenObject) {
      if (!genIsFinished(o)) forEachFrameSlot(o.frame, visit);
      return;
    }
    if (o instanceof PyCell) {
      if (typeof o.ob_ref === 'object') visit(o.ob_ref);
      return;
    }
    if (o instanceof PyFloat) return;
  }
  forEachReferent(o, visit);
}

// The forward look's state, reused from one report to the next (reports are frequent while
// observable objects live: every return, store and pop).
const seen = new Set<object>();
const work: object[] = [];
const found = new Set<object>();
let budget = 0;

// Long-lived objects with a standard-library __del__ (an event loop, its child watcher, a Future:
// finalizers that at most warn about resources, ResourceWarning being ignored by default) are
// found alive by pass after pass. Once one has survived TENURE passes it is "tenured": a report
// does not look through it, nor check it, unless it is the dropped value itself or a variable of
// the dropped frame, and every TENURED_CHECK_EVERY-th report that passed over one checks them all;
// gc.collect() and exit check everything. Generators and classes of the program's own are never
// tenured: when their finalizer runs is visible.
const TENURE = 16;
const TENURED_CHECK_EVERY = 64;
const survivals = new WeakMap<object, number>();
/** The dropped values (and a dropped frame's variables): tenured objects among them are checked. */
const direct = new Set<object>();
let skippedTenured = false;
let tenuredReports = 0;
let checkTenured = false;

/** Whether an object's finalizer is a standard-library __del__ (a type's answer is cached). */
const stdlibDel = new WeakMap<PyType, boolean>();
function mayTenure(o: object): boolean {
  if (o instanceof PyGenObject) return false;
  const t = typeOf(o as PyValue);
  let r = stdlibDel.get(t);
  if (r === undefined) {
    const del = _PyType_Lookup(t, '__del__');
    // Not _pyio's files: closing one flushes its data, which is visible.
    r = del instanceof PyFunction && del.func_code.co_filename.startsWith(STDLIB_ZIP_PATH + '/') && !del.func_code.co_filename.endsWith('/_pyio.py');
    stdlibDel.set(t, r);
  }
  return r;
}

function visitForward(o: object): void {
  if (o === None || seen.has(o) || (gcPinned.size !== 0 && gcPinned.has(o))) return;
  seen.add(o);
  if (tracked.has(o)) {
    if (!checkTenured && (survivals.get(o) ?? 0) >= TENURE && !direct.has(o) && mayTenure(o)) {
      skippedTenured = true;
      return;
    }
    found.add(o);
  }
  // Floats, complex numbers and bytes hold nothing: they do not spend the budget.
  const c = o.constructor;
  if (c === PyFloat || c === PyComplex || c === PyBytes) return;
  if (--budget >= 0) work.push(o);
}

/** The observable objects reachable from `dropped` within the budget, or null. */
function candidatesFrom(dropped: readonly unknown[]): Set<object> | null {
  budget = FORWARD_BUDGET;
  for (const d of dropped) if (isRef(d)) direct.add(d);
  for (const d of dropped) if (isRef(d)) visitForward(d);
  return lookForward();
}

function lookForward(): Set<object> | null {
  for (let i = 0; i < work.length && budget >= 0; i++) forwardReferents(work[i], visitForward);
  seen.clear();
  work.length = 0;
  direct.clear();
  // The next report checks tenured objects too, every TENURED_CHECK_EVERY-th one that passed some.
  checkTenured = skippedTenured && ++tenuredReports % TENURED_CHECK_EVERY === 0;
  skippedTenured = false;
  if (found.size === 0) return null;
  const r = new Set(found);
  found.clear();
  return r;
}

// Anchors. Most reports find nothing, but each one walks what the dropped values hold, and while
// an observable object lives for long that walk is the program's main cost: unittest runs every
// test inside a `with` over a generator context manager (`_Outcome.testPartExecutor`, suspended at
// a guarded yield for the whole test), and test_heapq's test_heapify (a 20,000-item list) spent
// 66 s of its 78 s in that walk. An observable object found reachable from a variable or stack slot of
// a frame on the thread's stack is *anchored* there, with the path that reaches it: it is alive
// while the frame is executing, the slot holds the same value and each object on the path still
// holds the next. The frame's slots change only while it is the innermost frame (and its own pops
// clear the slot before they report); a reported drop that breaks a link drops an object on the
// path. So while every observable object is anchored (or tenured, above), a report only checks its
// dropped values against the observable objects and the paths; one that is on a path takes its
// anchors away and the report walks as before. The path does not go through frames, generators or
// cells (what they hold changes without their holder being dropped). A link that native code breaks
// without a report (list.clear(), a dict's pop) is found by the walk that every
// ANCHOR_VERIFY_EVERY-th skipped report makes again from each anchor's slot.
// Differs from CPython: an anchored object that such a change left unreachable is finalized at
// that check (or gc.collect(), or exit), not at once.
const ANCHOR_MAX_TRACKED = 16;
const ANCHOR_SEARCH_BUDGET = 10000;
const ANCHOR_ROOT_BUDGET = 300;
const ANCHOR_VERIFY_EVERY = 256;
const ANCHOR_RETRY_EVERY = 64;

class Anchor {
  readonly frame: Frame;
  readonly slot: number;
  /** The slot's value first, the anchored object last. */
  readonly path: readonly object[];
  constructor(frame: Frame, slot: number, path: readonly object[]) {
    this.frame = frame;
    this.slot = slot;
    this.path = path;
  }
}

const anchors = new Map<object, Anchor>();
/** The objects on the anchors' paths after the slot's value. */
const pathNodes = new Set<object>();
let skippedReports = 0;
/** Reports left before a failed search for an anchor may be tried again. */
let anchorRetryIn = 0;

function anchorHolds(a: Anchor): boolean {
  return a.frame.state === FrameState.EXECUTING && a.frame.localsplus[a.slot] === a.path[0];
}

function setAnchor(o: object, a: Anchor | undefined): void {
  if (a === undefined) anchors.delete(o);
  else anchors.set(o, a);
  pathNodes.clear();
  for (const b of anchors.values()) for (let i = 1; i < b.path.length; i++) pathNodes.add(b.path[i]);
}

/** What the walk from an anchor's slot enters: not what changes without its holder being dropped. */
function anchorReferents(o: object, visit: (x: object) => void): void {
  if (o instanceof Frame || o instanceof PyGenObject || o instanceof PyCell) return;
  forwardReferents(o, visit);
}

/**
 * Anchors the observable objects in `objs` (proven alive) that a frame on the thread's stack
 * reaches from one of its slots, searching from the innermost frame out, within a budget.
 */
function anchorObjects(objs: Iterable<object>): void {
  const want = new Set<object>();
  for (const o of objs) {
    const a = anchors.get(o);
    if (tracked.has(o) && (a === undefined || !anchorHolds(a))) want.add(o);
  }
  if (want.size === 0) return;
  // Breadth first from each slot, a small budget for each (the paths that matter are short; a
  // slot holding a large list must not use up the search), `parent` leading back to the slot.
  const parent = new Map<object, object | null>();
  const queue: object[] = [];
  let total = ANCHOR_SEARCH_BUDGET;
  let left = 0;
  let from: object = None;
  let frame: Frame = tstate.frame!;
  let slot = 0;
  const found = (x: object): void => {
    const path: object[] = [];
    for (let y: object | null | undefined = x; y !== null && y !== undefined; y = parent.get(y)) path.push(y);
    path.reverse();
    want.delete(x);
    setAnchor(x, new Anchor(frame, slot, path));
  };
  const visit = (x: object): void => {
    if (left < 0 || x === None || parent.has(x)) return;
    const c = x.constructor;
    if (c === PyFloat || c === PyComplex || c === PyBytes) return;
    parent.set(x, from);
    if (want.has(x)) found(x);
    else if (--left >= 0) queue.push(x);
  };
  for (let f = tstate.frame; f !== null && want.size > 0 && total > 0; f = f.f_back) {
    if (f.state !== FrameState.EXECUTING) continue;
    frame = f;
    const lp = f.localsplus;
    for (slot = 0; slot < lp.length && want.size > 0 && total > 0; slot++) {
      const root = lp[slot];
      if (typeof root !== 'object' || root === None || parent.has(root)) continue;
      parent.set(root, null);
      if (want.has(root)) {
        found(root);
        continue;
      }
      queue.length = 0;
      queue.push(root);
      left = ANCHOR_ROOT_BUDGET;
      for (let i = 0; i < queue.length && want.size > 0; i++) {
        from = queue[i];
        anchorReferents(from, visit);
      }
      total -= ANCHOR_ROOT_BUDGET - Math.max(left, 0);
    }
  }
}

/**
 * Whether a report may skip the forward look: every observable object is anchored or tenured
 * (and this is not a report that checks the tenured ones). The caller still checks its dropped
 * values with `mayFree`.
 */
function reportsMaySkip(): boolean {
  if (tracked.size > ANCHOR_MAX_TRACKED) return false;
  let tenured = false;
  for (const o of tracked) {
    const a = anchors.get(o);
    if (a !== undefined && anchorHolds(a)) continue;
    if (gcPinned.size !== 0 && gcPinned.has(o)) continue;
    if (!checkTenured && (survivals.get(o) ?? 0) >= TENURE && mayTenure(o)) {
      tenured = true;
      continue;
    }
    // An object a frame is found to reach is alive: anchored again.
    if (anchorRetryIn > 0) {
      anchorRetryIn--;
      return false;
    }
    anchorObjects([o]);
    const b = anchors.get(o);
    if (b === undefined || !anchorHolds(b)) {
      anchorRetryIn = ANCHOR_RETRY_EVERY;
      return false;
    }
  }
  if (tenured) {
    checkTenured = ++tenuredReports % TENURED_CHECK_EVERY === 0;
    if (checkTenured) return false;
  }
  if (++skippedReports % ANCHOR_VERIFY_EVERY === 0) return !verifyAnchors();
  return true;
}

/**
 * Whether dropping `v` may free an observable object although all are anchored: it is one that no
 * anchor holds, or it is on an anchor's path past the slot's value (whose anchors it then takes
 * away: it may be the path's own link that went). A reference to the slot's value itself dropped
 * elsewhere breaks nothing: `anchorHolds` checks the slot.
 */
function mayFree(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  if (pathNodes.size !== 0 && pathNodes.has(v)) {
    for (const [o, a] of [...anchors]) if (a.path.indexOf(v) > 0) setAnchor(o, undefined);
    return true;
  }
  if (!tracked.has(v)) return false;
  const a = anchors.get(v);
  return a === undefined || !anchorHolds(a);
}

function anyMayFree(values: readonly unknown[], n: number): boolean {
  let r = false;
  for (let i = 0; i < n; i++) if (mayFree(values[i])) r = true;
  return r;
}

/**
 * Searches every anchor again from the frames (what native code changed may have broken a path).
 * Those no longer reached lose their anchor and are checked against the roots now, the dead
 * finalized. Returns whether any anchor was lost.
 */
function verifyAnchors(): boolean {
  const all = [...anchors.keys()].filter((o) => tracked.has(o));
  for (const o of all) setAnchor(o, undefined);
  anchorObjects(all);
  const lost = new Set<object>();
  for (const o of all) if (!anchors.has(o)) lost.add(o);
  if (lost.size === 0) return false;
  busy = true;
  try {
    const marked = new Set<object>();
    if (markReachable(gcRoots(), marked, lost)) {
      for (const o of lost) survived(o);
      return true;
    }
    const dead: object[] = [];
    for (const o of tracked) {
      if (!lost.has(o)) continue;
      if (marked.has(o)) survived(o);
      else dead.push(o);
    }
    finalizeAll(dead);
  } finally {
    busy = false;
    pending.length = 0;
  }
  return true;
}

/**
 * Some references were dropped: finalize the observable objects that were only reachable
 * through them. `extraRoots` are values the loop holds outside any frame (a return value, the
 * exception being raised).
 */
export function dropped(values: readonly unknown[], extraRoots: readonly unknown[]): void {
  if (busy) {
    for (const v of values) pending.push(v);
    for (const v of extraRoots) pending.push(v);
    return;
  }
  if (!anyMayFree(values, values.length) && reportsMaySkip()) return;
  const cands = candidatesFrom(values);
  if (cands !== null) runPass(values, cands, extraRoots);
}

gcHooks.dropped = dropped;
gcHooks.untracked = (o) => {
  if (anchors.size !== 0 && anchors.has(o)) setAnchor(o, undefined);
};

/** A value was popped or a variable lost its value. */
export function droppedValue(v: PyValue | undefined): void {
  if (typeof v !== 'object' || v === None) return;
  if (busy) {
    pending.push(v);
    return;
  }
  if (!mayFree(v) && reportsMaySkip()) return;
  budget = FORWARD_BUDGET;
  direct.add(v);
  visitForward(v);
  const cands = lookForward();
  if (cands !== null) runPass([v], cands, []);
}

/**
 * A frame finished: its variables and what is left on its stack go; `result` is returned.
 * `fromNative`: the frame was called from native code (evalFrame's entry), which still holds
 * the arguments it passed (type() calling __init__, a native calling a key function).
 */
export function droppedFrame(frame: Frame, result: PyValue | undefined, fromNative = false): void {
  // Most frames hold no object that could lead to one: nothing to look at.
  const lp = frame.localsplus;
  let i = Math.min(frame.sp, lp.length) - 1;
  while (i >= 0 && (typeof lp[i] !== 'object' || lp[i] === None)) i--;
  if (i < 0) return;
  if (busy) {
    pending.push(frame);
    return;
  }
  if (!anyMayFree(lp, i + 1) && reportsMaySkip()) return;
  budget = FORWARD_BUDGET;
  for (let j = 0; j <= i; j++) {
    const v = lp[j];
    if (typeof v === 'object' && v !== None) direct.add(v);
  }
  visitForward(frame);
  const cands = lookForward();
  if (cands === null) return;
  const extra: unknown[] = [];
  if (result !== undefined) extra.push(result);
  if (fromNative && frame.gen === null) {
    const co = frame.f_code;
    let n = co.co_argcount + co.co_kwonlyargcount;
    if (co.co_flags & CO_VARARGS) n++;
    if (co.co_flags & CO_VARKEYWORDS) n++;
    for (let i = 0; i < n; i++) extra.push(frame.localsplus[i]);
  }
  // An __init__ frame's caller receives the instance, not __init__'s None.
  if (frame.initSelf !== undefined) extra.push(frame.initSelf);
  runPass([frame], cands, extra);
}

/** Unwinding pops stack[from, to) with `exc` on its way to a handler (or out of the frame). */
export function droppedSlots(stack: (PyValue | undefined)[], from: number, to: number, exc: PyValue): void {
  if (from >= to) return;
  const values = stack.slice(from, to);
  for (let i = from; i < to; i++) stack[i] = undefined;
  dropped(values, [exc]);
}

function survived(o: object): void {
  survivals.set(o, (survivals.get(o) ?? 0) + 1);
}

/**
 * Moves to `seeds` the candidates a frame on the thread's stack holds in a variable or on its
 * stack, or that a suspended generator or coroutine held there holds so (the object it awaits):
 * an exact proof that they live, much cheaper than marking from the roots; marking starts from
 * them, as what is left is often held by them (the event loop's objects by the loop a method's
 * `self` is).  Returns whether any candidate is left.
 */
function provenOnStack(cands: Set<object>, seeds: object[]): boolean {
  const take = (v: object): boolean => {
    if (!cands.delete(v)) return false;
    seeds.push(v);
    return cands.size === 0;
  };
  for (let f = tstate.frame; f !== null; f = f.f_back) {
    const lp = f.localsplus;
    for (let i = 0; i < lp.length; i++) {
      const v = lp[i];
      if (typeof v !== 'object' || v === None) continue;
      if (take(v)) return false;
      if (v instanceof PyGenObject && v.frame.state < FrameState.EXECUTING && v.frame !== f) {
        const glp = v.frame.localsplus;
        const n = Math.min(v.frame.sp, glp.length);
        for (let j = 0; j < n; j++) {
          const w = glp[j];
          if (typeof w === 'object' && w !== None && take(w)) return false;
        }
      }
    }
  }
  return true;
}

function runPass(values: readonly unknown[], cands: Set<object>, extraRoots: readonly unknown[]): void {
  const seeds: object[] = [];
  const alive = provenOnStack(cands, seeds);
  for (const o of seeds) survived(o);
  if (!alive) {
    anchorObjects(seeds);
    return;
  }
  const survivors: object[] = [...seeds];
  busy = true;
  try {
    for (;;) {
      const marked = new Set<object>();
      const roots = [...seeds, ...extraRoots, ...gcRoots()];
      seeds.length = 0;
      if (markReachable(roots, marked, cands)) {
        for (const c of cands) {
          survived(c);
          survivors.push(c);
        }
      } else {
        const dead = new Set<object>();
        for (const c of cands) {
          if (marked.has(c)) {
            survived(c);
            survivors.push(c);
          } else dead.add(c);
        }
        finalizeAll(deallocOrder(values, dead, marked));
      }
      if (pending.length === 0) return;
      values = pending.splice(0);
      extraRoots = [];
      const next = candidatesFrom(values);
      if (next === null) return;
      cands = next;
    }
  } finally {
    busy = false;
    pending.length = 0;
    anchorObjects(survivors);
  }
}

/** What an object releases when it is deallocated, in CPython's order. */
function deallocReferents(o: object, visit: (x: object) => void): void {
  if (o instanceof PyList || o instanceof PyTuple) {
    const items = o.items;
    for (let i = items.length - 1; i >= 0; i--) {
      const v: unknown = items[i];
      if (isRef(v)) visit(v);
    }
    return;
  }
  if (o instanceof PyDict) {
    for (let i = o.next(0); i >= 0; i = o.next(i + 1)) {
      const k: unknown = o.keys[i];
      const v: unknown = o.values[i];
      if (isRef(k)) visit(k);
      if (isRef(v)) visit(v);
    }
    return;
  }
  // A frame's variables and stack are released from the top (CPython: _PyFrame_ClearLocals).
  const frame = o instanceof PyGenObject ? o.frame : o instanceof Frame ? o : null;
  if (frame !== null) {
    const lp = frame.localsplus;
    for (let i = Math.min(frame.sp, lp.length) - 1; i >= 0; i--) {
      const v: unknown = lp[i];
      if (isRef(v)) visit(v);
    }
    return;
  }
  forEachReferent(o, visit);
}

/**
 * The dead observable objects that reference counting would free, in the order it frees them:
 * the unreachable objects reachable from the dropped values, each freed once nothing left in that
 * region refers to it (its finalizer first, then what it held, depth first), so objects in a
 * reference cycle stay for the cycle collector (gc.collect(), exit).  CPython: Py_DECREF, _Py_Dealloc
 */
function deallocOrder(values: readonly unknown[], dead: Set<object>, marked: Set<object>): object[] {
  // The unreachable region and how many references each of its objects has from inside it.
  const refs = new Map<object, number>();
  const region: object[] = [];
  const enter = (o: object): void => {
    // Types (static ones are not all reachable from pyts's roots) and code live on their own.
    if (marked.has(o) || o instanceof PyType || o instanceof PyCode) return;
    const n = refs.get(o);
    refs.set(o, n === undefined ? 1 : n + 1);
    if (n === undefined) region.push(o);
  };
  for (const v of values) if (isRef(v)) enter(v);
  for (let i = 0; i < region.length; i++) deallocReferents(region[i], enter);
  // Free from the dropped values, as the decrefs cascade: each object that reaches zero is freed
  // (and what it holds released) before its holder releases its next reference.
  const order: object[] = [];
  const stack: { kids: object[]; i: number }[] = [];
  const release = (o: object): void => {
    const n = refs.get(o);
    if (n === undefined) return;
    if (n > 1) {
      refs.set(o, n - 1);
      return;
    }
    refs.delete(o);
    if (dead.has(o)) order.push(o);
    const kids: object[] = [];
    deallocReferents(o, (x) => void kids.push(x));
    stack.push({ kids, i: 0 });
  };
  for (const v of values) {
    if (!isRef(v)) continue;
    release(v);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top.i < top.kids.length) release(top.kids[top.i++]);
      else stack.pop();
    }
  }
  return order;
}

function finalizeAll(objs: readonly object[]): void {
  for (const o of objs) finalizeObject(o);
}

/** Runs an object's finalizer once, reporting its errors as unraisable.  CPython: PyObject_CallFinalizer */
export function finalizeObject(o: object): void {
  if (finalizedObjects.has(o)) return;
  finalizedObjects.add(o);
  untrackObject(o);
  untrackNative(o);
  if (o instanceof PyGenObject) {
    genFinalize(o);
    return;
  }
  if (o instanceof PyAsyncGenASend || o instanceof PyAsyncGenAThrow) {
    warnUnawaitedAgenMethod(o);
    return;
  }
  const self = o as PyValue;
  const del = _PyType_Lookup(typeOf(self), '__del__');
  if (del === null) return;
  try {
    if (del instanceof PyFunction) PyObject_Call(del, [self], null);
    else PyObject_Call(PyObject_GetAttr(self, '__del__'), [], null);
  } catch (e) {
    writeUnraisable(e, None, `Exception ignored while calling deallocator ${reprOf(del)}`);
  }
}

/** CPython: _PyGen_Finalize */
export function genFinalize(g: PyGenObject): void {
  if (genIsFinished(g)) return;
  if (g.agFinalizer !== null && !g.agClosed) {
    // An async generator with a finalizer hook (asyncio's schedules its aclose()).
    try {
      PyObject_Call(g.agFinalizer, [g], null);
    } catch (e) {
      writeUnraisable(e, None, `Exception ignored while finalizing generator ${reprOf(g)}`);
    }
    return;
  }
  if (g.frame.f_code.co_flags & CO_COROUTINE && g.frame.state === FrameState.CREATED) {
    warnUnawaitedCoroutine(g);
    return;
  }
  try {
    genClose(g);
  } catch (e) {
    writeUnraisable(e, None, `Exception ignored while closing generator ${reprOf(g)}`);
  }
}

/**
 * "coroutine '...' was never awaited": through warnings._warn_unawaited_coroutine (which shows
 * cr_origin), or directly when that is missing or fails.  CPython: _PyErr_WarnUnawaitedCoroutine
 */
function warnUnawaitedCoroutine(coro: PyGenObject): void {
  let warned = false;
  try {
    const fn = warningsAttr('_warn_unawaited_coroutine', true);
    if (fn !== undefined) {
      PyObject_Call(fn, [coro], null);
      warned = true;
    }
  } catch (e) {
    // A RuntimeWarning raised is the warning itself (an "error" filter): shown, not repeated.
    if (e instanceof PyObject && exceptionMatches(e, PyExc_RuntimeWarning)) warned = true;
    writeUnraisable(e, None, `Exception ignored while finalizing coroutine ${reprOf(coro)}`);
  }
  if (warned) return;
  try {
    warnEx(PyExc_RuntimeWarning, `coroutine '${coro.qualname}' was never awaited`, 1, coro);
  } catch (e) {
    writeUnraisable(e, None, `Exception ignored while finalizing coroutine ${reprOf(coro)}`);
  }
}

/** "coroutine method 'asend' of 'g' was never awaited".  CPython: _PyErr_WarnUnawaitedAgenMethod */
function warnUnawaitedAgenMethod(o: PyAsyncGenASend | PyAsyncGenAThrow): void {
  const method = unawaitedAgenMethod(o);
  if (method === null) return;
  try {
    warnEx(PyExc_RuntimeWarning, `coroutine method '${method}' of '${o.gen.qualname}' was never awaited`, 1, o.gen);
  } catch (e) {
    writeUnraisable(e, None, `Exception ignored while finalizing generator ${reprOf(o.gen)}`);
  }
}

function reprOf(o: PyValue): string {
  try {
    return PyObject_Repr(o);
  } catch {
    return '<object repr() failed>';
  }
}

/**
 * gc.collect(): clears the weak references to objects unreachable from the roots (calling the
 * callbacks of those still alive), forgets the heap types among them as subclasses, then
 * finalizes every observable object unreachable from the roots, in the order they were made
 * (CPython's gc finalizes its unreachable set in list order).  Returns how many it finalized.
 * CPython: Python/gc.c gc_collect_main (handle_weakrefs, then finalize_garbage)
 */
export function collectUnreachable(): number {
  if (busy) return 0;
  const marked = new Set<object>();
  busy = true;
  let dead: object[];
  try {
    markReachable(gcRoots(), marked, null);
    const alive = (o: object): boolean => marked.has(o);
    dropDeadSubclasses(marked);
    const due = clearDeadWeakrefs(alive);
    dead = collectCandidates().filter((o) => !marked.has(o));
    const nativeDead = deadNative(marked);
    if (due.length > 0) runWeakrefCallbacks(due);
    finalizeAll(dead);
    finalizeAll(nativeDead);
    dead.push(...nativeDead);
  } finally {
    busy = false;
    pending.length = 0;
  }
  return dead.length;
}

/**
 * The unmarked objects of nativeTracked in the order CPython would finalize them. Those only a
 * reference cycle kept alive are cyclic garbage, finalized in the order they were made (a raw
 * file before the text file over it); the others reference counting would have freed, those no
 * other of them holds first: a text file before its buffer and the buffer before its raw file,
 * so that closing the outer one flushes and closes the others (and only it warns "unclosed file").
 */
function deadNative(marked: Set<object>): object[] {
  if (nativeTracked.size === 0) return [];
  const dead = [...nativeTracked].filter((o) => !marked.has(o));
  if (dead.length === 0) return dead;
  const deadSet = new Set<object>(dead);
  // What the dead objects that are in a reference cycle hold.
  const cyclic = new Set<object>();
  for (const o of dead) {
    if (cyclic.has(o) || !inCycle(o, marked)) continue;
    const work = [o];
    while (work.length > 0) {
      const x = work.pop()!;
      if (cyclic.has(x)) continue;
      cyclic.add(x);
      forEachReferent(x, (y) => {
        if (deadSet.has(y) && !cyclic.has(y)) work.push(y);
      });
    }
  }
  const inner = new Set<object>();
  for (const o of dead) {
    forEachReferent(o, (x) => {
      if (x !== o && deadSet.has(x)) inner.add(x);
    });
  }
  const rc = dead.filter((o) => !cyclic.has(o));
  return [...dead.filter((o) => cyclic.has(o)), ...rc.filter((o) => !inner.has(o)), ...rc.filter((o) => inner.has(o))];
}

/** Whether `o` reaches itself through unmarked objects (a bounded search). */
function inCycle(o: object, marked: Set<object>): boolean {
  const seenHere = new Set<object>();
  const work: object[] = [];
  forEachReferent(o, (x) => void work.push(x));
  let budget = 10000;
  while (work.length > 0 && --budget > 0) {
    const x = work.pop()!;
    if (x === o) return true;
    if (seenHere.has(x) || marked.has(x) || x instanceof PyType || x instanceof PyCode || x instanceof PyModule) continue;
    seenHere.add(x);
    forEachReferent(x, (y) => void work.push(y));
  }
  return false;
}

/**
 * A pass over the native objects only (files that were dropped unclosed), made at a safe point
 * once many have accumulated: what is unreachable is finalized (closed, flushed, warned about).
 * Python objects and weak references are left to gc.collect().
 */
export function collectNative(force = false): void {
  if (busy || (!force && nativeTracked.size < nativeCollect.threshold)) return;
  const marked = new Set<object>();
  busy = true;
  try {
    markReachable(gcRoots(), marked, null);
    finalizeAll(deadNative(marked));
  } finally {
    busy = false;
    pending.length = 0;
  }
  nativeCollect.threshold = Math.max(2048, 2 * nativeTracked.size);
}

/** Unreachable heap types leave their bases' __subclasses__().  CPython: type_dealloc (remove_all_subclasses) */
function dropDeadSubclasses(marked: Set<object>): void {
  for (const o of marked) {
    if (!(o instanceof PyType) || o.tp_subclasses === null) continue;
    const subs = o.tp_subclasses;
    for (let i = subs.length - 1; i >= 0; i--) {
      const sub = subs[i].deref();
      if (sub === undefined || (!marked.has(sub) && sub.tp_flags & TPFLAGS.HEAPTYPE)) subs.splice(i, 1);
    }
  }
}

void PyMethod;

/**
 * The value `key` is bound to in `owner` (a namespace dict, an instance's __dict__, a list or dict
 * item), read without running Python code; undefined when there is none or it cannot be known.
 * The loop reads it before a store or delete and reports it dropped after.
 */
export function boundValue(owner: PyValue | null | undefined, key: PyValue): PyValue | undefined {
  if (typeof owner !== 'object' || owner === null) return undefined;
  let v: PyValue | undefined;
  if (owner instanceof PyDict) {
    if (typeof key === 'string') v = owner.getStr(key);
  } else if (owner instanceof PyList) {
    if (typeof key === 'number') v = owner.items[key < 0 ? key + owner.items.length : key];
  } else if (typeof key === 'string') {
    const d = (owner as { ob_dict?: unknown }).ob_dict;
    if (d instanceof PyDict) v = d.getStr(key);
  }
  return typeof v === 'object' && v !== None ? v : undefined;
}

/**
 * At exit, after the atexit callbacks: sys.last_* go and the modules leave sys.modules; the
 * observable objects no longer reachable from sys and builtins are finalized, in the order they
 * were made (CPython: finalize_modules_delete_special, finalize_remove_modules, then the garbage
 * collection that finds __main__'s namespace unreachable and finalizes what it held).
 */
export function finalizeAtExit(ip: Interpreter): void {
  try {
    finalizeUnreachableAtExit(ip);
  } finally {
    // What is still reachable from sys or builtins is not finalized; it must not be finalized
    // later in another interpreter of this process either.
    for (const o of [...tracked]) untrackObject(o);
    nativeTracked.clear();
  }
}

function finalizeUnreachableAtExit(ip: Interpreter): void {
  const candidates = collectCandidates();
  if (candidates.length === 0 && nativeTracked.size === 0) return;
  const sysDict = ip.sys.ob_dict;
  for (const name of ['last_exc', 'last_type', 'last_value', 'last_traceback']) if (sysDict.getStr(name) !== undefined) sysDict.setStr(name, None);
  const marked = new Set<object>([ip.modules]);
  const roots: unknown[] = [ip.sys, ip.builtins];
  for (let f: Frame | null = tstate.frame; f !== null; f = f.f_back) roots.push(f);
  for (const p of gcRootProviders) for (const v of p()) roots.push(v);
  busy = true;
  try {
    markReachable(roots, marked, null);
    finalizeAll(candidates.filter((o) => !marked.has(o)));
    finalizeAll(deadNative(marked));
  } finally {
    busy = false;
    pending.length = 0;
  }
}

