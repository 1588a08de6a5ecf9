// sys.settrace and sys.setprofile, built on sys.monitoring as CPython builds them: the trace function
// is tool 6's callbacks, the profile function tool 7's.  CPython: Python/legacy_tracing.c, and the
// trampolines of Python/sysmodule.c (trace_trampoline, profile_trampoline)
import { None, type PyValue } from '../objects/object.ts';
import { PyObject_Call } from '../objects/abstract.ts';
import { PyTuple } from '../objects/tuple.ts';
import { PyBaseException } from '../objects/exceptions.ts';
import { PyCFunction, PyMethodDescr } from '../objects/descrobject.ts';
import { typeOf } from '../objects/type.ts';
import { tstate } from './thread-state.ts';
import type { Frame } from './frame.ts';
import type { PyCode } from '../objects/code.ts';
import { Ev, NativeCallback, SYS_PROFILE_ID, SYS_TRACE_ID, registerCallback, setEvents, codeLineOf, DISABLE, MISSING, setOpcodeTrace } from './monitoring.ts';

let traceFunc: PyValue | null = null;
let profileFunc: PyValue | null = null;
let traceReady = false;
let profileReady = false;

/** The event currently delivered to a trace or profile function (f_lineno may only be set in some).  CPython: tstate->what_event */
export let whatEvent = -1;

function currentFrame(): Frame {
  return tstate.frame!;
}

/** Calls the trace function for `what`: the global one for 'call', the frame's local one otherwise.  CPython: trace_trampoline */
function traceTrampoline(frame: Frame, what: string, arg: PyValue): void {
  const callback = what === 'call' ? traceFunc : frame.trace;
  if (callback === null) return;
  let r: PyValue;
  try {
    r = PyObject_Call(callback, [frame, what, arg]);
  } catch (e) {
    setTrace(null);
    frame.trace = null;
    throw e;
  }
  if (r !== None) frame.trace = r;
}

function callTrace(event: number, what: string, arg: PyValue): PyValue {
  if (traceFunc === null) return None;
  const saved = whatEvent;
  whatEvent = event;
  try {
    traceTrampoline(currentFrame(), what, arg);
  } finally {
    whatEvent = saved;
  }
  return None;
}

function callProfile(event: number, what: string, arg: PyValue): PyValue {
  if (profileFunc === null) return None;
  const saved = whatEvent;
  whatEvent = event;
  try {
    PyObject_Call(profileFunc, [currentFrame(), what, arg]);
  } catch (e) {
    setProfile(null);
    throw e;
  } finally {
    whatEvent = saved;
  }
  return None;
}

/** The (type, value, traceback) argument of an 'exception' event. */
function excTuple(exc: PyValue): PyTuple {
  const tb = exc instanceof PyBaseException ? exc.traceback : None;
  return new PyTuple([typeOf(exc), exc, tb]);
}

function setupTrace(): void {
  if (traceReady) return;
  traceReady = true;
  const t = SYS_TRACE_ID;
  const start = new NativeCallback(() => callTrace(Ev.PY_START, 'call', None));
  registerCallback(t, Ev.PY_START, start);
  registerCallback(t, Ev.PY_RESUME, new NativeCallback(() => callTrace(Ev.PY_RESUME, 'call', None)));
  registerCallback(t, Ev.PY_THROW, new NativeCallback(() => callTrace(Ev.PY_THROW, 'call', None)));
  registerCallback(t, Ev.PY_RETURN, new NativeCallback((a) => callTrace(Ev.PY_RETURN, 'return', a[2])));
  registerCallback(t, Ev.PY_YIELD, new NativeCallback((a) => callTrace(Ev.PY_YIELD, 'return', a[2])));
  registerCallback(t, Ev.RAISE, new NativeCallback((a) => callTrace(Ev.RAISE, 'exception', excTuple(a[2]))));
  registerCallback(t, Ev.STOP_ITERATION, new NativeCallback((a) => callTrace(Ev.STOP_ITERATION, 'exception', excTuple(a[2]))));
  registerCallback(t, Ev.PY_UNWIND, new NativeCallback(() => callTrace(Ev.PY_UNWIND, 'return', None)));
  registerCallback(
    t,
    Ev.LINE,
    new NativeCallback(() => {
      if (traceFunc === null || !currentFrame().traceLines) return None;
      return callTrace(Ev.LINE, 'line', None);
    }),
  );
  // sys.settrace reports a line event on every backward jump, even within one line.  CPython: sys_trace_jump_func
  registerCallback(
    t,
    Ev.JUMP,
    new NativeCallback((a) => {
      if (traceFunc === null) return None;
      const code = a[0] as PyCode;
      const from = (a[1] as number) >> 1;
      const to = (a[2] as number) >> 1;
      if (to > from) return DISABLE;
      const toLine = codeLineOf(code, to);
      if (toLine !== codeLineOf(code, from)) return DISABLE;
      const frame = currentFrame();
      if (!frame.traceLines) return None;
      const saved = frame.lasti;
      frame.lasti = to;
      try {
        return callTrace(Ev.LINE, 'line', None);
      } finally {
        if (frame.lasti === to) frame.lasti = saved;
      }
    }),
  );
}

function setupProfile(): void {
  if (profileReady) return;
  profileReady = true;
  const t = SYS_PROFILE_ID;
  registerCallback(t, Ev.PY_START, new NativeCallback(() => callProfile(Ev.PY_START, 'call', None)));
  registerCallback(t, Ev.PY_RESUME, new NativeCallback(() => callProfile(Ev.PY_RESUME, 'call', None)));
  registerCallback(t, Ev.PY_THROW, new NativeCallback(() => callProfile(Ev.PY_THROW, 'call', None)));
  registerCallback(t, Ev.PY_RETURN, new NativeCallback((a) => callProfile(Ev.PY_RETURN, 'return', a[2])));
  registerCallback(t, Ev.PY_YIELD, new NativeCallback((a) => callProfile(Ev.PY_YIELD, 'return', a[2])));
  registerCallback(t, Ev.PY_UNWIND, new NativeCallback(() => callProfile(Ev.PY_UNWIND, 'return', None)));
  const cEvent = (event: number, what: string) =>
    new NativeCallback((a) => {
      const callable = a[2];
      if (callable instanceof PyCFunction) return callProfile(event, what, callable);
      if (callable instanceof PyMethodDescr) {
        // Reported as the bound builtin method, as before PEP 669.  CPython: sys_profile_call_or_return
        const self = a[3];
        if (self === MISSING) return None;
        const get = typeOf(callable).tp_descr_get!;
        return callProfile(event, what, get(callable, self, typeOf(self)));
      }
      return None;
    });
  registerCallback(t, Ev.CALL, cEvent(Ev.CALL, 'c_call'));
  registerCallback(t, Ev.C_RETURN, cEvent(Ev.C_RETURN, 'c_return'));
  registerCallback(t, Ev.C_RAISE, cEvent(Ev.C_RAISE, 'c_exception'));
}

const TRACE_EVENTS =
  (1 << Ev.PY_START) | (1 << Ev.PY_RESUME) | (1 << Ev.PY_RETURN) | (1 << Ev.PY_YIELD) | (1 << Ev.RAISE) | (1 << Ev.LINE) |
  (1 << Ev.JUMP) | (1 << Ev.PY_UNWIND) | (1 << Ev.PY_THROW) | (1 << Ev.STOP_ITERATION);
const PROFILE_EVENTS =
  (1 << Ev.PY_START) | (1 << Ev.PY_RESUME) | (1 << Ev.PY_RETURN) | (1 << Ev.PY_YIELD) | (1 << Ev.CALL) | (1 << Ev.PY_UNWIND) | (1 << Ev.PY_THROW);

/** 'opcode' events: for frames with f_trace_opcodes and a local trace function.  CPython: sys_trace_instruction_func */
function opcodeEvent(frame: Frame): void {
  if (traceFunc === null || !frame.traceOpcodes || frame.trace === null) return;
  callTrace(Ev.INSTRUCTION, 'opcode', None);
}

/** sys.settrace(func): func, or null to stop tracing.  CPython: _PyEval_SetTrace */
export function setTrace(func: PyValue | null): void {
  setupTrace();
  traceFunc = func;
  setOpcodeTrace(func === null ? null : opcodeEvent);
  setEvents(SYS_TRACE_ID, func === null ? 0 : TRACE_EVENTS);
}

export function getTrace(): PyValue {
  return traceFunc ?? None;
}

/** sys.setprofile(func).  CPython: _PyEval_SetProfile */
export function setProfile(func: PyValue | null): void {
  setupProfile();
  profileFunc = func;
  setEvents(SYS_PROFILE_ID, func === null ? 0 : PROFILE_EVENTS);
}

export function getProfile(): PyValue {
  return profileFunc ?? None;
}

/** Forgets the functions (a new interpreter). */
export function resetTracing(): void {
  traceFunc = profileFunc = null;
  traceReady = profileReady = false;
}
