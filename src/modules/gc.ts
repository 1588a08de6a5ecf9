// The gc module.  CPython: Modules/gcmodule.c
// Differs from CPython: memory is JavaScript's to reclaim. collect() finalizes the objects whose end
// is observable (vm/finalize.ts: __del__, suspended generators) that are no longer reachable, runs
// the weak-reference callbacks that are due, and reports how many objects it finalized (CPython
// counts every unreachable object); the thresholds and counters are kept for code that reads them;
// get_objects() and get_referrers() cannot see the heap and return what they can (nothing).
import { None, PyObject, type PyValue } from '../objects/object.ts';
import { defineModule } from '../objects/module-def.ts';
import { PyList } from '../objects/list.ts';
import { PyTuple } from '../objects/tuple.ts';
import { PyDict } from '../objects/dict.ts';
import { typeOf, TPFLAGS } from '../objects/type.ts';
import * as A from '../objects/abstract.ts';
import * as E from '../objects/exceptions.ts';
import { interp, type Interpreter } from '../vm/interpreter.ts';
import { handleEvalBreaker } from '../vm/eval-breaker.ts';
import { tstate } from '../vm/thread-state.ts';
import { instanceDict } from '../objects/generic-attr.ts';
import { withDocs, moduleDoc } from './docs.ts';
import { collectUnreachable, isFinalized } from '../vm/finalize.ts';

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

/** The objects an object refers to: container items and instance attributes.  CPython: tp_traverse */
function referents(o: V): V[] {
  const out: V[] = [];
  if (o instanceof PyList || o instanceof PyTuple) for (const x of o.items) if (isTracked(x)) out.push(x);
  if (o instanceof PyDict) {
    for (let i = o.next(0); i >= 0; i = o.next(i + 1)) {
      if (isTracked(o.keys[i])) out.push(o.keys[i]);
      if (isTracked(o.values[i])) out.push(o.values[i]);
    }
  }
  const d = instanceDict(o);
  if (d !== null && !(o instanceof PyDict)) out.push(d);
  if (o instanceof PyObject && !(o instanceof PyDict)) out.unshift(typeOf(o));
  return out;
}

function isTracked(o: V): boolean {
  if (!(o instanceof PyObject)) return false;
  if (o instanceof PyTuple) return o.items.some(isTracked);
  return (typeOf(o).tp_flags & TPFLAGS.HAVE_GC) !== 0 || o instanceof PyList || o instanceof PyDict || instanceDict(o) !== null;
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
