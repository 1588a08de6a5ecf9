// The object graph, as a tracing collector sees it: what an object refers to, and what is
// reachable from the interpreter's roots.  CPython: the tp_traverse functions and
// Python/gc.c (update_refs/subtract_refs/move_unreachable find the same set another way).
//
// pyts objects are JS objects, so the walk is generic: an object's referents are the objects in
// its own enumerable fields, array elements and Map/Set entries, with exceptions where a field
// does not own what it points to (a generator's finished frame, weak references, code objects'
// inline caches). JS closures are invisible to it: native code that keeps a Python object only in a
// closure must list it with gcRootProviders.

import { PyObject } from '../objects/object.ts';
import { PyType } from '../objects/type.ts';
import { PyModule } from '../objects/module.ts';
import { PyDict } from '../objects/dict.ts';
import { PyList } from '../objects/list.ts';
import { PyTuple } from '../objects/tuple.ts';
import { PySetObject } from '../objects/set.ts';
import { PyCode } from '../objects/code.ts';
import { PyGenObject } from '../objects/genobject.ts';
import { Frame, FrameState } from './frame.ts';
import { tstate, type ExcStackItem } from './thread-state.ts';
import { interp } from './interpreter.ts';
import { gcRootProviders } from './gc-state.ts';

type Visit = (o: object) => void;

function isRef(v: unknown): v is object {
  return typeof v === 'object' && v !== null;
}

/** Calls `visit` for each object `o` holds a strong reference to.  CPython: tp_traverse */
export function forEachReferent(o: object, visit: Visit): void {
  if (Array.isArray(o)) {
    for (let i = 0; i < o.length; i++) {
      const v: unknown = o[i];
      if (isRef(v)) visit(v);
    }
    return;
  }
  if (o instanceof PyObject) {
    if (o instanceof PyDict) {
      visit(o.ob_type);
      forEachReferent(o.keys, visit);
      forEachReferent(o.values, visit);
      // An instance of a subclass may hold more: its __dict__ and slots, a defaultdict's factory.
      // (An OrderedDict's nodes hold its keys, which its entries hold too.)
      if (o.ob_type !== (PyDict.prototype as unknown as { ob_type: unknown }).ob_type) {
        const extra = o as unknown as { ob_dict?: unknown; ob_slots?: unknown; default_factory?: unknown };
        if (isRef(extra.ob_dict)) visit(extra.ob_dict);
        if (Array.isArray(extra.ob_slots)) forEachReferent(extra.ob_slots, visit);
        if (isRef(extra.default_factory)) visit(extra.default_factory);
      }
      return;
    }
    if (o instanceof PyList || o instanceof PyTuple) {
      visit(o.ob_type);
      forEachReferent(o.items, visit);
      const d = (o as unknown as { ob_dict?: unknown }).ob_dict;
      if (isRef(d)) visit(d);
      return;
    }
    if (o instanceof PySetObject) {
      visit(o.ob_type);
      forEachReferent(o.keys, visit);
      return;
    }
    // Code objects hold constants, names and inline caches: nothing a program can finalize.
    if (o instanceof PyCode) return;
    if (o instanceof Frame) {
      // A generator's frame does not keep its generator alive (CPython's frame objects do not
      // own it) unless it is running.
      const skipGen = o.state !== FrameState.EXECUTING;
      for (const k in o) {
        if (k === 'localsplus' || (skipGen && k === 'gen')) continue;
        const v: unknown = (o as unknown as Record<string, unknown>)[k];
        if (isRef(v)) visit(v);
      }
      forEachFrameSlot(o, visit);
      return;
    }
    if (o instanceof PyGenObject) {
      // A finished generator has released its frame's variables (CPython clears the frame).
      const skipFrame = o.frame.state >= FrameState.COMPLETED;
      for (const k in o) {
        if (skipFrame && k === 'frame') continue;
        const v: unknown = (o as unknown as Record<string, unknown>)[k];
        if (isRef(v)) visit(v);
      }
      return;
    }
  } else if (o instanceof Map) {
    for (const [k, v] of o) {
      if (isRef(k)) visit(k);
      if (isRef(v)) visit(v);
    }
    return;
  } else if (o instanceof Set) {
    for (const v of o) if (isRef(v)) visit(v);
    return;
  } else if (o instanceof WeakRef || o instanceof WeakMap || o instanceof WeakSet || ArrayBuffer.isView(o) || o instanceof ArrayBuffer) {
    return;
  }
  for (const k in o) {
    const v: unknown = (o as Record<string, unknown>)[k];
    if (isRef(v)) visit(v);
  }
}

/**
 * The values in a frame's variables and stack. A frame that is not executing knows its stack
 * pointer (slots above it may keep values popped without clearing); an executing one is read
 * whole, as the loop keeps its stack pointer in a local.
 */
export function forEachFrameSlot(f: Frame, visit: Visit): void {
  const lp = f.localsplus;
  const n = f.state === FrameState.EXECUTING ? lp.length : Math.min(f.sp, lp.length);
  for (let i = 0; i < n; i++) {
    const v: unknown = lp[i];
    if (isRef(v)) visit(v);
  }
}

/** The roots: the thread's frames and handled exceptions, the interpreter state, native roots. */
export function gcRoots(): unknown[] {
  const roots: unknown[] = [];
  const ts = tstate;
  for (let f: Frame | null = ts.frame; f !== null; f = f.f_back) roots.push(f);
  for (let item: ExcStackItem | null = ts.excInfo; item !== null; item = item.previous) roots.push(item.value);
  roots.push(interp());
  for (const p of gcRootProviders) for (const v of p()) roots.push(v);
  return roots;
}

/** Whether an object is a namespace: a type, a module or a module's dict (many objects hang from it). */
function isNamespace(o: object): boolean {
  return o instanceof PyType || o instanceof PyModule || (o instanceof PyDict && o.getStr('__builtins__') !== undefined);
}

/**
 * Marks everything reachable from `roots` into `marked`. When `targets` is given, stops as soon
 * as all of them are marked and returns true (the marking is then incomplete).
 *
 * Breadth first, namespaces last: a candidate still alive is usually near a frame (in a variable,
 * on a stack, in an object a variable holds), while types, modules and globals lead to most of the
 * heap; visiting them only when nothing nearer is left lets the early stop come early.
 */
export function markReachable(roots: readonly unknown[], marked: Set<object>, targets: Set<object> | null): boolean {
  let left = targets === null ? -1 : targets.size;
  const near: object[] = [];
  let deferred: object[] = [];
  const visit = (o: object): void => {
    if (marked.has(o)) return;
    marked.add(o);
    if (left > 0 && targets!.has(o)) left--;
    if (isNamespace(o)) deferred.push(o);
    else near.push(o);
  };
  for (const r of roots) if (isRef(r)) visit(r);
  let head = 0;
  for (;;) {
    while (head < near.length) {
      if (left === 0) return true;
      forEachReferent(near[head++], visit);
    }
    if (left === 0) return true;
    if (deferred.length === 0) return false;
    const batch = deferred;
    deferred = [];
    for (const o of batch) forEachReferent(o, visit);
  }
}
