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
import { Ev, NativeCallback, SYS_PROFILE_ID, SYS_TRACE_ID, registerCallback, setEvents, codeLineOf, DISABLE, MISSING, setOpcodeTrace, monitoringEvent, monitoring } from './monitoring.ts';
import { Op, DEOPT, INLINE_CACHE_ENTRIES } from '../bytecode/opcodes.generated.ts';
import { stackEffect } from '../bytecode/instructions.ts';
import { decodeLocations, parseExceptionTable } from '../objects/code.ts';
import { valueError, attributeError, PyExc_RuntimeWarning } from '../objects/exceptions.ts';
import { warn } from '../modules/_warnings.ts';
import { gcRootProviders, gcLive } from './gc-state.ts';
import { droppedValue } from './finalize.ts';

let traceFunc: PyValue | null = null;
let profileFunc: PyValue | null = null;
// The trace and profile functions are roots for gc.collect() (vm/gc-trace.ts).
gcRootProviders.push(() => [traceFunc, profileFunc]);
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
  const old = traceFunc;
  traceFunc = func;
  setOpcodeTrace(func === null ? null : opcodeEvent);
  setEvents(SYS_TRACE_ID, func === null ? 0 : TRACE_EVENTS);
  if (gcLive.count !== 0 && old !== null) droppedValue(old);
}

export function getTrace(): PyValue {
  return traceFunc ?? None;
}

/** sys.setprofile(func).  CPython: _PyEval_SetProfile */
export function setProfile(func: PyValue | null): void {
  setupProfile();
  const old = profileFunc;
  profileFunc = func;
  setEvents(SYS_PROFILE_ID, func === null ? 0 : PROFILE_EVENTS);
  if (gcLive.count !== 0 && old !== null) droppedValue(old);
}

export function getProfile(): PyValue {
  return profileFunc ?? None;
}

/** Forgets the functions (a new interpreter). */
export function resetTracing(): void {
  traceFunc = profileFunc = null;
  traceReady = profileReady = false;
}

// ---- f_lineno assignment: jumps from a trace function.  CPython: Objects/frameobject.c frame_lineno_set_impl ----

// The value stack is modelled as kinds, three bits each, the bottom entry in the highest bits.
const Iterator = 1n;
const Except = 2n;
const Object_ = 3n;
const Null = 4n;
const Lasti = 5n;
const UNINITIALIZED = -2n;
const OVERFLOWED = -1n;
const WILL_OVERFLOW = 1n << 60n;

function push(stack: bigint, kind: bigint): bigint {
  return stack >= WILL_OVERFLOW ? OVERFLOWED : (stack << 3n) | kind;
}
function pop(stack: bigint): bigint {
  return stack >> 3n;
}
function top(stack: bigint): bigint {
  return stack & 7n;
}
function peek(stack: bigint, n: number): bigint {
  return (stack >> (3n * BigInt(n - 1))) & 7n;
}
function swap(stack: bigint, n: number): bigint {
  const shift = 3n * BigInt(n - 1);
  const toSwap = peek(stack, n);
  const t = top(stack);
  const low = (stack & ~(7n << shift)) | (t << shift);
  return (low & ~7n) | toSwap;
}
function popToLevel(stack: bigint, level: number): bigint {
  if (level === 0) return 0n;
  const levelMax = 7n << (BigInt(level - 1) * 3n);
  while (stack > levelMax) stack = pop(stack);
  return stack;
}

/** The stack kinds at the start of each instruction (UNINITIALIZED where unreachable).  CPython: mark_stacks */
function markStacks(code: PyCode): bigint[] {
  const raw = code.co_code.data;
  const len = raw.length >> 1;
  const stacks = new Array<bigint>(len + 1).fill(UNINITIALIZED);
  stacks[0] = 0n;
  const handlers = parseExceptionTable(code.co_exceptiontable.data);
  let todo = true;
  while (todo) {
    todo = false;
    for (let i = 0; i < len; ) {
      let next = stacks[i];
      let opcode = DEOPT[raw[2 * i]];
      let oparg = raw[2 * i + 1];
      while (opcode === Op.EXTENDED_ARG) {
        i++;
        opcode = DEOPT[raw[2 * i]];
        oparg = (oparg << 8) | raw[2 * i + 1];
        stacks[i] = next;
      }
      const nextI = i + INLINE_CACHE_ENTRIES[opcode] + 1;
      if (next === UNINITIALIZED) {
        i = nextI;
        continue;
      }
      switch (opcode) {
        case Op.POP_JUMP_IF_FALSE:
        case Op.POP_JUMP_IF_TRUE:
        case Op.POP_JUMP_IF_NONE:
        case Op.POP_JUMP_IF_NOT_NONE:
          next = pop(next);
          stacks[nextI + oparg] = next;
          stacks[nextI] = next;
          break;
        case Op.SEND:
          stacks[oparg + i + INLINE_CACHE_ENTRIES[Op.SEND] + 1] = next;
          stacks[nextI] = next;
          break;
        case Op.JUMP_FORWARD:
          stacks[oparg + i + 1] = next;
          break;
        case Op.JUMP_BACKWARD:
        case Op.JUMP_BACKWARD_NO_INTERRUPT: {
          const j = nextI - oparg;
          if (stacks[j] === UNINITIALIZED && j < i) todo = true;
          stacks[j] = next;
          break;
        }
        case Op.GET_ITER:
        case Op.GET_AITER:
          stacks[nextI] = push(pop(next), Iterator);
          break;
        case Op.FOR_ITER: {
          const target = push(next, Object_);
          stacks[nextI] = target;
          stacks[oparg + 1 + INLINE_CACHE_ENTRIES[Op.FOR_ITER] + i] = target;
          break;
        }
        case Op.END_ASYNC_FOR:
          stacks[nextI] = pop(pop(next));
          break;
        case Op.PUSH_EXC_INFO:
          stacks[nextI] = push(next, Except);
          break;
        case Op.POP_EXCEPT:
          stacks[nextI] = pop(next);
          break;
        case Op.RETURN_VALUE:
        case Op.RAISE_VARARGS:
        case Op.RERAISE:
          break;
        case Op.PUSH_NULL:
          stacks[nextI] = push(next, Null);
          break;
        case Op.LOAD_GLOBAL:
          next = push(next, Object_);
          if (oparg & 1) next = push(next, Null);
          stacks[nextI] = next;
          break;
        case Op.LOAD_ATTR:
          if (oparg & 1) next = push(push(pop(next), Object_), Null);
          stacks[nextI] = next;
          break;
        case Op.SWAP:
          stacks[nextI] = swap(next, oparg);
          break;
        case Op.COPY:
          stacks[nextI] = push(next, peek(next, oparg));
          break;
        default: {
          let delta = stackEffect(opcode, oparg, null);
          for (; delta < 0; delta++) next = pop(next);
          for (; delta > 0; delta--) next = push(next, Object_);
          stacks[nextI] = next;
        }
      }
      i = nextI;
    }
    for (const h of handlers) {
      if (stacks[h.start] !== UNINITIALIZED && stacks[h.target] === UNINITIALIZED) {
        todo = true;
        let t = popToLevel(stacks[h.start], h.depth);
        if (h.lasti) t = push(t, Lasti);
        stacks[h.target] = push(t, Except);
      }
    }
  }
  return stacks;
}

function compatibleKind(from: bigint, to: bigint): boolean {
  if (to === 0n) return false;
  if (to === Object_) return from !== Null;
  if (to === Null) return true;
  return from === to;
}

function compatibleStack(from: bigint, to: bigint): boolean {
  if (from < 0n || to < 0n) return false;
  while (from > to) from = pop(from);
  while (from !== 0n) {
    if (!compatibleKind(top(from), top(to))) return false;
    from = pop(from);
    to = pop(to);
  }
  return to === 0n;
}

function explainIncompatibleStack(to: bigint): string {
  if (to === OVERFLOWED) return 'stack is too deep to analyze';
  if (to === UNINITIALIZED) return "can't jump into an exception handler, or code may be unreachable";
  switch (top(to)) {
    case Except:
      return "can't jump into an 'except' block as there's no exception";
    case Lasti:
      return "can't jump into a re-raising block as there's no location";
    case Iterator:
      return "can't jump into the body of a for loop";
  }
  return 'incompatible stacks';
}

/** The line that starts at each code unit where a new line begins, else -1.  CPython: marklines */
function markLines(code: PyCode): number[] {
  const len = code.co_code.data.length >> 1;
  const lines = new Array<number>(len).fill(-1);
  let last = -1;
  for (const e of decodeLocations(code.co_linetable.data, code.co_firstlineno)) {
    if (e.line !== last && e.line !== -1) {
      lines[e.start >> 1] = e.line;
      last = e.line;
    }
  }
  return lines;
}

/** frame.f_lineno = value, from a trace function.  CPython: frame_lineno_set_impl */
export function setLineno(frame: Frame, value: PyValue | null): void {
  if (value === null) throw attributeError('cannot delete attribute');
  if (typeof value !== 'number' && typeof value !== 'bigint') throw valueError('lineno must be an integer');
  const event = monitoringEvent();
  if (event < 0) throw valueError('f_lineno can only be set in a trace function');
  switch (event) {
    case Ev.PY_RESUME:
    case Ev.JUMP:
    case Ev.BRANCH:
    case Ev.BRANCH_LEFT:
    case Ev.BRANCH_RIGHT:
    case Ev.LINE:
    case Ev.PY_YIELD:
      break;
    case Ev.PY_START:
      throw valueError("can't jump from the 'call' trace event of a new frame");
    case Ev.CALL:
    case Ev.C_RETURN:
      throw valueError("can't jump during a call");
    default:
      throw valueError("can only jump from a 'line' trace event");
  }
  if (typeof value === 'bigint' || value > 0x7fffffff || value < -0x80000000) throw valueError('lineno out of range');
  const code = frame.f_code;
  if (value < code.co_firstlineno) throw valueError(`line ${value} comes before the current code block`);
  const lines = markLines(code);
  let newLine = Infinity;
  for (const l of lines) if (l < newLine && l >= value) newLine = l;
  if (newLine === Infinity) throw valueError(`line ${value} comes after the current code block`);
  const stacks = markStacks(code);
  let best = OVERFLOWED;
  let bestAddr = -1;
  const start = stacks[frame.lasti];
  let err = -1;
  let msg = 'cannot find bytecode for specified line';
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== newLine) continue;
    const target = stacks[i];
    if (compatibleStack(start, target)) {
      err = 0;
      if (target > best) {
        best = target;
        bestAddr = i;
      }
    } else if (err < 0) {
      if (start === OVERFLOWED) msg = 'stack to deep to analyze';
      else if (start === UNINITIALIZED) msg = "can't jump from unreachable code";
      else {
        msg = explainIncompatibleStack(target);
        err = 1;
      }
    }
  }
  if (err) throw valueError(msg);
  // Locals the compiler proved bound at the target may be unbound here: they become None.
  const n = code.co_nlocalsplus;
  const lp = frame.localsplus;
  let unbound = 0;
  for (let i = 0; i < n; i++) if (lp[i] === undefined) unbound++;
  if (unbound) {
    warn(PyExc_RuntimeWarning, `assigning None to ${unbound} unbound local${unbound === 1 ? '' : 's'}`, 0);
    for (let i = 0; i < n; i++) if (lp[i] === undefined) lp[i] = None;
  }
  let s = start;
  while (s > best) {
    const popped = lp[--frame.sp];
    lp[frame.sp] = undefined;
    if (top(s) === Except) tstate.excInfo.value = popped ?? None;
    s = pop(s);
  }
  frame.pc = bestAddr;
  frame.lasti = bestAddr;
  monitoring.jumps++;
}
