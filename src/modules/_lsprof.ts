// The _lsprof module: the deterministic profiler under cProfile, fed by sys.monitoring events
// (tool id 2, "cProfile") as CPython 3.12+ feeds it.  CPython: Modules/_lsprof.c
//
// Entries are kept per code object, and per native method definition (a bound built-in method is one
// entry whatever it is bound to); each context on the profiler's own stack times one call.  Differs
// from CPython: getstats() lists entries in the order they were first called (CPython's order follows
// the addresses of code objects and method definitions, i.e. is arbitrary).
import { None, PyObject, type PyValue } from '../objects/object.ts';
import { PyType, TPFLAGS, typeOf, _PyType_Lookup } from '../objects/type.ts';
import { defineBuiltinType } from '../objects/builtin-type.ts';
import { defineModule } from '../objects/module-def.ts';
import { defineStructSeqType } from '../objects/structseq.ts';
import { PyList } from '../objects/list.ts';
import { PyFloat, PyFloat_AsDouble } from '../objects/float.ts';
import { PyModule } from '../objects/module.ts';
import { isStrValue, strValue, isIntValue } from '../objects/boxes.ts';
import { PyObject_Call, PyObject_CallMethod, PyObject_GetAttr, PyObject_IsTrue, PyObject_Repr } from '../objects/abstract.ts';
import { parseSignature, bindArguments } from '../objects/getargs.ts';
import { PyCFunction, MethodDescrType } from '../objects/descrobject.ts';
import { newHeapInstance } from '../objects/heap.ts';
import { importModuleAttr } from '../objects/iterobject.ts';
import { runtimeError, typeError, valueError } from '../objects/exceptions.ts';
import { interp } from '../vm/interpreter.ts';
import { writeUnraisable } from './sys.ts';

type V = PyValue;

const PROFILER_ID = 2;

/** A function's statistics as called from one caller.  CPython: ProfilerSubEntry */
class SubEntry {
  tt = 0;
  it = 0;
  callcount = 0;
  recursivecallcount = 0;
  recursionLevel = 0;
  constructor(readonly entry: Entry) {}
}

/** A function's statistics.  CPython: ProfilerEntry */
class Entry {
  tt = 0;
  it = 0;
  callcount = 0;
  recursivecallcount = 0;
  recursionLevel = 0;
  calls: Map<Entry, SubEntry> | null = null;
  constructor(readonly userObj: V) {}
}

/** One call being timed.  CPython: ProfilerContext */
class Context {
  subt = 0;
  t0 = 0;
  constructor(
    readonly previous: Context | null,
    readonly entry: Entry,
  ) {}
}

const POF_ENABLED = 1;
const POF_SUBCALLS = 2;
const POF_BUILTINS = 4;
const POF_EXT_TIMER = 8;

export class PyProfiler extends PyObject {
  /** Entries of Python code, by code object. */
  codeEntries = new Map<V, Entry>();
  /** Entries of native functions, by implementation and name (CPython: by PyMethodDef). */
  nativeEntries = new Map<unknown, Map<string, Entry>>();
  /** Every entry, in the order first called. */
  order: Entry[] = [];
  current: Context | null = null;
  flags = POF_SUBCALLS | POF_BUILTINS;
  timer: V | null = null;
  timeunit = 0;
  missing: V = None;
}

function P(v: V): PyProfiler {
  return v as PyProfiler;
}

// CPython: CallExternalTimer, call_timer (PyTime_t: nanoseconds)
function now(p: PyProfiler): number {
  if (p.timer === null) return Number(interp().host.monotonicNs());
  p.flags |= POF_EXT_TIMER;
  let o: V;
  try {
    o = PyObject_Call(p.timer, [], null);
  } catch (e) {
    writeUnraisable(e, None, `Exception ignored while calling _lsprof timer ${PyObject_Repr(p.timer)}`);
    return 0;
  } finally {
    p.flags &= ~POF_EXT_TIMER;
  }
  try {
    if (p.timeunit > 0) {
      // _PyTime_FromLong: an integer count of timer units, scaled in getstats().
      if (!isIntValue(o)) throw typeError(`'${typeOf(o).tp_name}' object cannot be interpreted as an integer`);
      return Number(o);
    }
    // _PyTime_FromSecondsObject, rounding toward -inf: seconds as nanoseconds.
    if (isIntValue(o)) return Number(o) * 1e9;
    return Math.floor(PyFloat_AsDouble(o) * 1e9);
  } catch (e) {
    writeUnraisable(e, None, `Exception ignored while calling _lsprof timer ${PyObject_Repr(p.timer)}`);
    return 0;
  }
}

/** The name a native function is shown by: `<len>`, `<built-in method builtins.len>`, `<method 'append' of 'list' objects>`.  CPython: normalizeUserObj */
function nativeName(fn: PyCFunction): V {
  const self = fn.m_self;
  if (self === null) {
    const mod = fn.module;
    let modname: string | null = null;
    if (mod !== null && isStrValue(mod)) modname = strValue(mod);
    else if (mod instanceof PyModule) {
      try {
        const n = PyObject_GetAttr(mod, '__name__');
        if (isStrValue(n)) modname = strValue(n);
      } catch {
        // no name: the short form
      }
    }
    return modname !== null && modname !== 'builtins' ? `<${modname}.${fn.name}>` : `<${fn.name}>`;
  }
  const mo = _PyType_Lookup(typeOf(self), fn.name);
  if (mo !== null) {
    try {
      return PyObject_Repr(mo);
    } catch {
      // fall back on __module__
    }
  }
  const modname = fn.module;
  return modname !== null && isStrValue(modname) ? `<built-in method ${strValue(modname)}.${fn.name}>` : `<built-in method ${fn.name}>`;
}

function codeEntry(p: PyProfiler, code: V): Entry {
  let e = p.codeEntries.get(code);
  if (e === undefined) {
    e = new Entry(code);
    p.codeEntries.set(code, e);
    p.order.push(e);
  }
  return e;
}

function nativeEntry(p: PyProfiler, fn: PyCFunction, create: boolean): Entry | null {
  let byName = p.nativeEntries.get(fn.impl);
  if (byName === undefined) {
    if (!create) return null;
    byName = new Map();
    p.nativeEntries.set(fn.impl, byName);
  }
  let e = byName.get(fn.name);
  if (e === undefined) {
    if (!create) return null;
    e = new Entry(nativeName(fn));
    byName.set(fn.name, e);
    p.order.push(e);
  }
  return e;
}

// CPython: ptrace_enter_call, initContext
function enter(p: PyProfiler, entry: Entry): void {
  const ctx = new Context(p.current, entry);
  p.current = ctx;
  entry.recursionLevel++;
  if (p.flags & POF_SUBCALLS && ctx.previous !== null) {
    const caller = ctx.previous.entry;
    caller.calls ??= new Map();
    let sub = caller.calls.get(entry);
    if (sub === undefined) {
      sub = new SubEntry(entry);
      caller.calls.set(entry, sub);
    }
    sub.recursionLevel++;
  }
  ctx.t0 = now(p);
}

// CPython: Stop
function stop(p: PyProfiler, ctx: Context, entry: Entry): void {
  const tt = now(p) - ctx.t0;
  const it = tt - ctx.subt;
  if (ctx.previous !== null) ctx.previous.subt += tt;
  p.current = ctx.previous;
  if (--entry.recursionLevel === 0) entry.tt += tt;
  else entry.recursivecallcount++;
  entry.it += it;
  entry.callcount++;
  if (p.flags & POF_SUBCALLS && ctx.previous !== null) {
    const sub = ctx.previous.entry.calls?.get(entry);
    if (sub !== undefined) {
      if (--sub.recursionLevel === 0) sub.tt += tt;
      else sub.recursivecallcount++;
      sub.it += it;
      sub.callcount++;
    }
  }
}

// CPython: ptrace_leave_call
function leave(p: PyProfiler, entry: Entry | null): void {
  const ctx = p.current;
  if (ctx === null) return;
  if (entry !== null) stop(p, ctx, entry);
  else p.current = ctx.previous;
}

/** The built-in function a CALL event calls, or null.  CPython: get_cfunc_from_callable */
function cfuncOf(callable: V, selfArg: V, missing: V): PyCFunction | null {
  if (callable instanceof PyCFunction) return callable;
  if (typeOf(callable) === MethodDescrType) {
    if (selfArg === missing) return null;
    try {
      const meth = MethodDescrType.tp_descr_get!(callable, selfArg, typeOf(selfArg));
      return meth instanceof PyCFunction ? meth : null;
    } catch {
      return null;
    }
  }
  return null;
}

export const ProfilerEntryType = defineStructSeqType({
  name: '_lsprof.profiler_entry',
  fields: ['code', 'callcount', 'reccallcount', 'totaltime', 'inlinetime', 'calls'],
});

export const ProfilerSubentryType = defineStructSeqType({
  name: '_lsprof.profiler_subentry',
  fields: ['code', 'callcount', 'reccallcount', 'totaltime', 'inlinetime'],
});

// CPython: _lsprof_Profiler_getstats_impl, statsForEntry, statsForSubEntry
function getstats(self: V): V {
  const p = P(self);
  const factor = p.timer === null || p.timeunit === 0 ? 1e-9 : p.timeunit;
  const out: V[] = [];
  for (const e of p.order) {
    if (e.callcount === 0) continue;
    let calls: V = None;
    if (e.calls !== null) {
      calls = new PyList(
        [...e.calls.values()].map((s) =>
          ProfilerSubentryType.make([s.entry.userObj, s.callcount, s.recursivecallcount, new PyFloat(factor * s.tt), new PyFloat(factor * s.it)]),
        ),
      );
    }
    out.push(ProfilerEntryType.make([e.userObj, e.callcount, e.recursivecallcount, new PyFloat(factor * e.tt), new PyFloat(factor * e.it), calls]));
  }
  return new PyList(out);
}

/** (event number, callback method) pairs CPython's enable() registers.  CPython: callback_table */
const CALLBACKS: readonly [number, string][] = [
  [0, '_pystart_callback'], // PY_START
  [1, '_pystart_callback'], // PY_RESUME
  [14, '_pythrow_callback'], // PY_THROW
  [2, '_pyreturn_callback'], // PY_RETURN
  [3, '_pyreturn_callback'], // PY_YIELD
  [13, '_pyreturn_callback'], // PY_UNWIND
  [4, '_ccall_callback'], // CALL
  [16, '_creturn_callback'], // C_RETURN
  [17, '_creturn_callback'], // C_RAISE
];

function setFlags(p: PyProfiler, subcalls: boolean, builtins: boolean): void {
  p.flags = subcalls ? p.flags | POF_SUBCALLS : p.flags & ~POF_SUBCALLS;
  p.flags = builtins ? p.flags | POF_BUILTINS : p.flags & ~POF_BUILTINS;
}

// CPython: _lsprof_Profiler_enable_impl
function enable(self: V, subcalls: V, builtins: V): V {
  const p = P(self);
  setFlags(p, subcalls === undefined || PyObject_IsTrue(subcalls), builtins === undefined || PyObject_IsTrue(builtins));
  const monitoring = importModuleAttr('sys', 'monitoring');
  try {
    PyObject_CallMethod(monitoring, 'use_tool_id', [PROFILER_ID, 'cProfile']);
  } catch {
    // CPython 3.14.2 replaces use_tool_id's error ("tool 2 is already in use").
    throw valueError('Another profiling tool is already active');
  }
  let all = 0;
  for (const [event, method] of CALLBACKS) {
    const callback = PyObject_GetAttr(self, method);
    PyObject_CallMethod(monitoring, 'register_callback', [PROFILER_ID, 2 ** event, callback]);
    all |= 2 ** event;
  }
  PyObject_CallMethod(monitoring, 'set_events', [PROFILER_ID, all]);
  p.flags |= POF_ENABLED;
  return None;
}

// CPython: flush_unmatched
function flushUnmatched(p: PyProfiler): void {
  while (p.current !== null) stop(p, p.current, p.current.entry);
}

// CPython: _lsprof_Profiler_disable_impl
function disable(self: V): V {
  const p = P(self);
  if (p.flags & POF_EXT_TIMER) throw runtimeError('cannot disable profiler in external timer');
  if (p.flags & POF_ENABLED) {
    const monitoring = importModuleAttr('sys', 'monitoring');
    for (const [event] of CALLBACKS) PyObject_CallMethod(monitoring, 'register_callback', [PROFILER_ID, 2 ** event, None]);
    PyObject_CallMethod(monitoring, 'set_events', [PROFILER_ID, 0]);
    PyObject_CallMethod(monitoring, 'free_tool_id', [PROFILER_ID]);
    p.flags &= ~POF_ENABLED;
    flushUnmatched(p);
  }
  return None;
}

// CPython: _lsprof_Profiler_clear_impl, clearEntries
function clear(self: V): V {
  const p = P(self);
  if (p.flags & POF_EXT_TIMER) throw runtimeError('cannot clear profiler in external timer');
  p.codeEntries.clear();
  p.nativeEntries.clear();
  p.order = [];
  p.current = null;
  return None;
}


// CPython: profiler_init_impl
function profilerInit(self: V, args: readonly V[], kwnames: readonly string[] | null): void {
  const [timer, timeunit, subcalls, builtins] = bindArguments(parseSignature('(timer=None, timeunit=0.0, subcalls=True, builtins=True)'), { short: 'Profiler', funcStr: 'Profiler()' }, args, kwnames) as (V | undefined)[];
  const p = P(self);
  const unit = timeunit === undefined ? 0 : PyFloat_AsDouble(timeunit);
  setFlags(p, subcalls === undefined || PyObject_IsTrue(subcalls), builtins === undefined || PyObject_IsTrue(builtins));
  p.timeunit = unit;
  p.timer = timer === undefined || timer === None ? null : timer;
  p.missing = PyObject_GetAttr(importModuleAttr('sys', 'monitoring'), 'MISSING');
}

function profilerNew(type: PyType): V {
  return type === ProfilerType ? new PyProfiler() : newHeapInstance(PyProfiler, type);
}

const DOC =
  'Build a profiler object using the specified timer function.\n\nThe default timer is a fast built-in one based on real time.\nFor custom timer functions returning integers, \'timeunit\' can\nbe a float specifying a scale (that is, how long each integer unit\nis, in seconds).';

export const ProfilerType: PyType = defineBuiltinType({
  name: '_lsprof.Profiler',
  doc: DOC,
  textSignature: '(timer=None, timeunit=0.0, subcalls=True, builtins=True)',
  flags: TPFLAGS.BASETYPE | TPFLAGS.IMMUTABLETYPE,
  instanceClass: PyProfiler,
  alloc: (t) => profilerNew(t) as PyProfiler,
  slots: { tp_new: profilerNew, tp_init: profilerInit },
  methods: {
    getstats: { sig: '($self, /)', impl: getstats, doc: 'list of profiler_entry objects.\n\ngetstats() -> list of profiler_entry objects\n\nReturn all information collected by the profiler.\nEach profiler_entry is a tuple-like object with the\nfollowing attributes:\n\n    code          code object\n    callcount     how many times this was called\n    reccallcount  how many times called recursively\n    totaltime     total time in this entry\n    inlinetime    inline time in this entry (not in subcalls)\n    calls         details of the calls\n\nThe calls attribute is either None or a list of\nprofiler_subentry objects:\n\n    code          called code object\n    callcount     how many times this is called\n    reccallcount  how many times this is called recursively\n    totaltime     total time spent in this call\n    inlinetime    inline time (not in further subcalls)' },
    enable: { sig: '($self, /, subcalls=True, builtins=True)', impl: enable, doc: 'Start collecting profiling information.\n\n  subcalls\n    If True, also records for each function\n    statistics separated according to its current caller.\n  builtins\n    If True, records the time spent in\n    built-in functions separately from their caller.' },
    disable: { sig: '($self, /)', impl: disable, doc: 'Stop collecting profiling information.' },
    clear: { sig: '($self, /)', impl: clear, doc: 'Clear all profiling information collected so far.' },
    // CPython: _lsprof_Profiler__pystart_callback_impl (PY_START, PY_RESUME)
    _pystart_callback: { sig: '($self, code, instruction_offset, /)', impl: (s: V, code: V) => (enter(P(s), codeEntry(P(s), code)), None) },
    // CPython: _lsprof_Profiler__pythrow_callback_impl
    _pythrow_callback: { sig: '($self, code, instruction_offset, exception, /)', impl: (s: V, code: V) => (enter(P(s), codeEntry(P(s), code)), None) },
    // CPython: _lsprof_Profiler__pyreturn_callback_impl (PY_RETURN, PY_YIELD, PY_UNWIND)
    _pyreturn_callback: { sig: '($self, code, instruction_offset, retval, /)', impl: (s: V, code: V) => (leave(P(s), P(s).codeEntries.get(code) ?? null), None) },
    // CPython: _lsprof_Profiler__ccall_callback_impl
    _ccall_callback: {
      sig: '($self, code, instruction_offset, callable, self_arg, /)',
      impl: (s: V, _code: V, _off: V, callable: V, selfArg: V) => {
        const p = P(s);
        if (p.flags & POF_BUILTINS) {
          const fn = cfuncOf(callable, selfArg, p.missing);
          if (fn !== null) enter(p, nativeEntry(p, fn, true)!);
        }
        return None;
      },
    },
    // CPython: _lsprof_Profiler__creturn_callback_impl (C_RETURN, C_RAISE)
    _creturn_callback: {
      sig: '($self, code, instruction_offset, callable, self_arg, /)',
      impl: (s: V, _code: V, _off: V, callable: V, selfArg: V) => {
        const p = P(s);
        if (p.flags & POF_BUILTINS) {
          const fn = cfuncOf(callable, selfArg, p.missing);
          if (fn !== null) leave(p, nativeEntry(p, fn, false));
        }
        return None;
      },
    },
  },
});

export const lsprofModule = defineModule({
  name: '_lsprof',
  doc: 'Fast profiler',
  constants: () => ({ Profiler: ProfilerType, profiler_entry: ProfilerEntryType, profiler_subentry: ProfilerSubentryType }),
});
