// The gc module.  CPython: Modules/gcmodule.c
// Differs from CPython: memory is JavaScript's to reclaim. collect() finalizes the objects whose end
// is observable (vm/finalize.ts: __del__, suspended generators) that are no longer reachable, runs
// the weak-reference callbacks that are due, and reports how many objects it finalized (CPython
// counts every unreachable object); the thresholds and counters are kept for code that reads them;
// get_objects() and get_referrers() cannot see the heap and return what they can (nothing).
import { None, PyObject, type PyValue } from '../objects/object.ts';
import { defineModule } from '../objects/module-def.ts';
import { PyList } from '../objects/list.ts';
import { PyTuple, EMPTY_TUPLE } from '../objects/tuple.ts';
import { PySetObject, DUMMY } from '../objects/set.ts';
import { typeFlags } from '../objects/type-sizes.ts';
import { isStrValue } from '../objects/boxes.ts';
import { PyDict } from '../objects/dict.ts';
import { PyType, typeOf, TPFLAGS } from '../objects/type.ts';
import * as A from '../objects/abstract.ts';
import * as E from '../objects/exceptions.ts';
import { interp, type Interpreter } from '../vm/interpreter.ts';
import { handleEvalBreaker } from '../vm/eval-breaker.ts';
import { tstate } from '../vm/thread-state.ts';
import { instanceDict } from '../objects/generic-attr.ts';
import { withDocs, moduleDoc } from './docs.ts';
import { collectUnreachable, isFinalized } from '../vm/finalize.ts';
import { forEachReferent } from '../vm/gc-trace.ts';

type V = PyValue;

interface GcState {
  enabled: boolean;
  threshold: [number, number, number];
  debug: number;
  collections: number;
  garbage: PyList;
  callbacks: PyList;
}

const states = new WeakMap<Interpreter, GcState>();

function state(): GcState {
  const ip = interp();
  let s = states.get(ip);
  if (s === undefined) {
    s = { enabled: true, threshold: [2000, 10, 0], debug: 0, collections: 0, garbage: new PyList([]), callbacks: new PyList([]) };
    states.set(ip, s);
  }
  return s;
}

function collect(_m: V, generation: V): V {
  const g = generation === undefined ? 2 : Number(A.PyNumber_Index(generation));
  if (g < 0 || g > 2) throw E.valueError('invalid generation');
  const s = state();
  const info = new PyDict();
  info.setStr('generation', g);
  for (const cb of s.callbacks.items) A.PyObject_Call(cb, ['start', info]);
  s.collections++;
  const collected = collectUnreachable();
  // Deliver weak-reference callbacks that the JavaScript collector has queued.
  if (tstate.frame !== null) handleEvalBreaker(tstate.frame);
  const done = new PyDict();
  done.setStr('generation', g);
  done.setStr('collected', collected);
  done.setStr('uncollectable', 0);
  for (const cb of s.callbacks.items) A.PyObject_Call(cb, ['stop', done]);
  return collected;
}

function setThreshold(_m: V, args: V[]): V {
  if (args.length < 1) throw E.typeError('set_threshold() takes at least 1 argument (0 given)');
  if (args.length > 3) throw E.typeError(`set_threshold() takes at most 3 arguments (${args.length} given)`);
  const s = state();
  args.forEach((a, i) => (s.threshold[i] = Number(A.PyNumber_Index(a))));
  return None;
}

/**
 * Whether CPython's collector would know this object: an instance of a type with Py_TPFLAGS_HAVE_GC
 * (classes are, builtin types are not).  CPython: _PyObject_IS_GC
 */
function isGcObject(o: V): o is PyObject {
  if (!(o instanceof PyObject)) return false;
  if (o instanceof PyType) return (o.tp_flags & TPFLAGS.HEAPTYPE) !== 0;
  return (typeFlags(typeOf(o)) & TPFLAGS.HAVE_GC) !== 0;
}

/**
 * The objects an object refers to, as its tp_traverse visits them: container items (a dict's
 * values, and its keys unless all are str), a class instance's slots, attribute values and class.
 */
function referents(o: V): V[] {
  if (!isGcObject(o)) return [];
  if (o instanceof PyList || o instanceof PyTuple) return [...o.items];
  const out: V[] = [];
  if (o instanceof PyDict) {
    let strKeys = true;
    for (let i = o.next(0); i >= 0 && strKeys; i = o.next(i + 1)) strKeys = isStrValue(o.keys[i]);
    for (let i = o.next(0); i >= 0; i = o.next(i + 1)) {
      out.push(o.values[i]);
      if (!strKeys) out.push(o.keys[i]);
    }
    return out;
  }
  if (o instanceof PySetObject) {
    for (const k of o.keys) if (k !== undefined && k !== DUMMY) out.push(k as V);
    return out;
  }
  const type = typeOf(o);
  if (!(type.tp_flags & TPFLAGS.HEAPTYPE) && !(o instanceof PyType)) {
    // Other builtin containers (functions, cells, frames, modules...): the Python objects in their fields.
    forEachReferent(o, (x) => {
      if (x instanceof PyObject && x !== type) out.push(x);
    });
    return out;
  }
  const slots = (o as { ob_slots?: (V | undefined)[] | null }).ob_slots;
  if (slots) for (const v of slots) if (v !== undefined) out.push(v);
  const d = instanceDict(o);
  // A class instance's attributes count as its own (CPython keeps them inline until __dict__ is asked for).
  if (d !== null) {
    if (type.tp_flags & TPFLAGS.HEAPTYPE) for (let i = d.next(0); i >= 0; i = d.next(i + 1)) out.push(d.values[i]);
    else out.push(d);
  }
  if (type.tp_flags & TPFLAGS.HEAPTYPE) out.push(type);
  return out;
}

/** Tracked by the collector: any object it knows but the empty tuple.  CPython: PyObject_GC_IsTracked */
function isTracked(o: V): boolean {
  return isGcObject(o) && o !== EMPTY_TUPLE;
}

export const gcModule = defineModule({
  name: 'gc',
  doc: moduleDoc('gc'),
  functions: withDocs('gc', {
    enable: { sig: '($module, /)', impl: () => void (state().enabled = true) },
    disable: { sig: '($module, /)', impl: () => void (state().enabled = false) },
    isenabled: { sig: '($module, /)', impl: () => state().enabled },
    collect: { sig: '($module, /, generation=2)', impl: collect, doc: 'Run a collection; return the number of unreachable objects found.' },
    get_count: { sig: '($module, /)', impl: () => new PyTuple([0, 0, 0]) },
    get_threshold: { sig: '($module, /)', impl: () => new PyTuple([...state().threshold]) },
    set_threshold: { sig: '($module, *args)', impl: setThreshold },
    get_debug: { sig: '($module, /)', impl: () => state().debug },
    set_debug: { sig: '($module, flags, /)', impl: (_m: V, f: V) => void (state().debug = Number(A.PyNumber_Index(f))) },
    get_objects: { sig: '($module, /, generation=None)', impl: () => new PyList([]) },
    get_stats: {
      sig: '($module, /)',
      impl: () => {
        const s = state();
        const gen = (n: number): PyDict => {
          const d = new PyDict();
          d.setStr('collections', n);
          d.setStr('collected', 0);
          d.setStr('uncollectable', 0);
          return d;
        };
        return new PyList([gen(0), gen(0), gen(s.collections)]);
      },
    },
    get_referrers: { sig: '($module, /, *objs)', impl: () => new PyList([]) },
    get_referents: { sig: '($module, /, *objs)', impl: (_m: V, objs: V[]) => new PyList(objs.flatMap(referents)) },
    is_tracked: { sig: '($module, obj, /)', impl: (_m: V, o: V) => isTracked(o) },
    is_finalized: { sig: '($module, obj, /)', impl: (_m: V, o: V) => typeof o === 'object' && isFinalized(o) },
    freeze: { sig: '($module, /)', impl: () => None },
    unfreeze: { sig: '($module, /)', impl: () => None },
    get_freeze_count: { sig: '($module, /)', impl: () => 0 },
  }),
  constants: () => {
    const s = state();
    return {
      garbage: s.garbage,
      callbacks: s.callbacks,
      DEBUG_STATS: 1,
      DEBUG_COLLECTABLE: 2,
      DEBUG_UNCOLLECTABLE: 4,
      DEBUG_SAVEALL: 32,
      DEBUG_LEAK: 38,
    };
  },
});
