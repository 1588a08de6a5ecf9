// sys.monitoring (PEP 669): tools, events, callbacks, and the instrumentation of code objects that
// delivers them.  CPython: Python/instrumentation.c, the monitor_* helpers of Python/ceval.c
//
// While no tool has an event set, nothing here runs: the loop never meets an instrumented
// instruction and the eval breaker keeps its long interval.  When events are set, every instruction
// of a code object that may need them gets the opcode INSTRUMENTED_LINE in place in code.units (the
// original opcode, in its generic form, is kept in the code's CodeData), which sends the loop to
// instrumentedInstruction() before the original instruction runs: it fires the events of the
// instruction about to run (LINE, INSTRUCTION, PY_START, CALL, JUMP, PY_RETURN...) and the events of
// the previous instruction that are only known once it finished (C_RETURN, the BRANCH_LEFT of
// FOR_ITER).  Code objects of running frames are instrumented at once; others when they next run
// (the eval breaker checks every RESUME while monitoring is on).  The exception events (RAISE,
// RERAISE, EXCEPTION_HANDLED, PY_UNWIND, C_RAISE, PY_THROW) come from the loop's unwinding code.
//
// Differs from CPython: one instrumented opcode marks every instruction of a monitored code object
// (CPython instruments only the instructions that have events, with one INSTRUMENTED_* opcode per
// kind); the events and their order are the same.

import { None, PyObject, type PyValue } from '../objects/object.ts';
import { Op, DEOPT, INLINE_CACHE_ENTRIES } from '../bytecode/opcodes.generated.ts';
import { decodeLocations, parseExceptionTable, instrumentedOriginals, type PyCode } from '../objects/code.ts';
import { PyObject_Call } from '../objects/abstract.ts';
import { PyBaseException, valueError, systemError } from '../objects/exceptions.ts';
import { PyFunction, PyMethod } from '../objects/function.ts';
import { PyTuple } from '../objects/tuple.ts';
import { PyList } from '../objects/list.ts';
import { stopIteration } from '../objects/exceptions.ts';
import { tstate } from './thread-state.ts';
import type { Frame } from './frame.ts';
import { setInstrumentationHook } from './eval-breaker.ts';
import { gcRootProviders } from './gc-state.ts';
import { PyGenObject, GeneratorType, CoroutineType } from '../objects/genobject.ts';

// ---- events and tools ----

export const enum Ev {
  PY_START = 0,
  PY_RESUME = 1,
  PY_RETURN = 2,
  PY_YIELD = 3,
  CALL = 4,
  LINE = 5,
  INSTRUCTION = 6,
  JUMP = 7,
  BRANCH_LEFT = 8,
  BRANCH_RIGHT = 9,
  STOP_ITERATION = 10,
  RAISE = 11,
  EXCEPTION_HANDLED = 12,
  PY_UNWIND = 13,
  PY_THROW = 14,
  RERAISE = 15,
  C_RETURN = 16,
  C_RAISE = 17,
  BRANCH = 18,
}

export const EVENT_NAMES = [
  'PY_START', 'PY_RESUME', 'PY_RETURN', 'PY_YIELD', 'CALL', 'LINE', 'INSTRUCTION', 'JUMP', 'BRANCH_LEFT',
  'BRANCH_RIGHT', 'STOP_ITERATION', 'RAISE', 'EXCEPTION_HANDLED', 'PY_UNWIND', 'PY_THROW', 'RERAISE',
  'C_RETURN', 'C_RAISE', 'BRANCH',
];
/** Events that can be set per code object (and turned off per instruction by DISABLE). */
export const LOCAL_EVENTS = 11;
/** All event numbers, BRANCH included. */
export const ALL_EVENTS = 19;
/** The tool ids of sys.setprofile and sys.settrace.  CPython: PY_MONITORING_SYS_PROFILE_ID/SYS_TRACE_ID */
export const SYS_PROFILE_ID = 7;
export const SYS_TRACE_ID = 6;

/** A callback written in TypeScript (sys.settrace and sys.setprofile's), with the event's arguments. */
export class NativeCallback {
  constructor(readonly fn: (args: PyValue[]) => PyValue) {}
}
type Callback = PyValue | NativeCallback;

/** The sys.monitoring.DISABLE and MISSING sentinels: plain objects, as in CPython. */
export let DISABLE: PyValue = None;
export let MISSING: PyValue = None;
export function setSentinels(disable: PyValue, missing: PyValue): void {
  DISABLE = disable;
  MISSING = missing;
}

/** The monitoring state of the interpreter.  CPython: interp->monitors, monitoring_callables, monitoring_tool_names */
class MonitoringState {
  readonly toolNames: (PyValue | null)[] = [null, null, null, null, null, null, null, null];
  readonly callbacks: (Callback | null)[][] = Array.from({ length: 8 }, () => new Array<Callback | null>(ALL_EVENTS).fill(null));
  /** The global event set of each tool (C_RETURN and C_RAISE go with CALL, BRANCH is LEFT | RIGHT). */
  readonly globalEvents = [0, 0, 0, 0, 0, 0, 0, 0];
  /** Code objects with local events. */
  readonly localCodes = new Set<PyCode>();
  /** Code objects whose units are instrumented now. */
  readonly instrumented = new Set<PyCode>();
  /** Bumped by restart_events: DISABLEd instructions of an older epoch count again. */
  epoch = 0;
  /**
   * Per tool, whether its BRANCH_LEFT and BRANCH_RIGHT callbacks came from the legacy BRANCH event
   * (a DISABLE then turns off both edges of the branch).  CPython: _PyLegacyBranchEventHandler
   */
  readonly legacyBranch = [false, false, false, false, false, false, false, false];
}

let state = new MonitoringState();
gcRootProviders.push(() => [state]);

/** Read by the loop's unwinding code: true while any event may fire. */
export const monitoring = { active: false, tracing: 0, /** f_lineno jumps so far */ jumps: 0 };

// ---- per code object data ----

/** What the instrumentation knows about one code object.  CPython: _PyCoMonitoringData */
class CodeData {
  /** The generic opcode of each instruction start (the real one, after EXTENDED_ARG); 0 elsewhere. */
  readonly ops: Uint8Array;
  /** The full oparg of each instruction start. */
  readonly args: Int32Array;
  /** The index of the instruction after each instruction start (after its caches). */
  readonly next: Int32Array;
  /** The opcode in code.units at each instruction start, replaced while instrumented (0 elsewhere). */
  readonly original: Uint8Array;
  /** The line of each code unit, -1 for none. */
  readonly lines: Int32Array;
  /** 1 where a line event may fire (where CPython would put INSTRUMENTED_LINE).  CPython: initialize_lines */
  readonly lineStarts: Uint8Array;
  /** Index of the first RESUME: instructions before it are never instrumented.  CPython: _co_firsttraceable */
  readonly firstTraceable: number;
  /** Local events per tool. */
  readonly local = [0, 0, 0, 0, 0, 0, 0, 0];
  /** Tools that returned DISABLE, by instruction index * 32 + event. */
  disabled = new Map<number, number>();
  disabledEpoch = 0;

  constructor(readonly code: PyCode) {
    const raw = code.co_code.data;
    const n = raw.length >> 1;
    this.ops = new Uint8Array(n);
    this.args = new Int32Array(n);
    this.next = new Int32Array(n).fill(-1);
    this.original = new Uint8Array(n);
    this.lines = new Int32Array(n).fill(-1);
    this.lineStarts = new Uint8Array(n);
    for (const e of decodeLocations(code.co_linetable.data, code.co_firstlineno)) {
      for (let a = e.start >> 1; a < e.end >> 1 && a < n; a++) this.lines[a] = e.line;
    }
    let first = n;
    const starts: number[] = [];
    for (let i = 0; i < n; ) {
      const start = i;
      let op = DEOPT[raw[2 * i]];
      let arg = raw[2 * i + 1];
      while (op === Op.EXTENDED_ARG && i + 1 < n) {
        i++;
        op = DEOPT[raw[2 * i]];
        arg = (arg << 8) | raw[2 * i + 1];
      }
      i += 1 + INLINE_CACHE_ENTRIES[op];
      this.ops[start] = op;
      this.args[start] = arg;
      this.next[start] = i;
      if (op === Op.RESUME && first === n) first = start;
      starts.push(start);
    }
    this.firstTraceable = first;
    // Line starts: the first instruction of each line in order, jump targets and handlers.
    let current = -1;
    for (const i of starts) {
      if (i < first) continue;
      const op = this.ops[i];
      if (op === Op.END_ASYNC_FOR || op === Op.END_FOR || op === Op.END_SEND || op === Op.RESUME || op === Op.POP_ITER) continue;
      const line = this.lines[i];
      if (line !== current && line >= 0) this.lineStarts[i] = 1;
      current = line;
    }
    for (const i of starts) {
      if (i < first) continue;
      const t = this.jumpTarget(i);
      if (t >= 0 && t < n && this.lines[t] >= 0 && this.ops[t] !== Op.POP_ITER) this.lineStarts[t] = 1;
    }
    for (const h of parseExceptionTable(code.co_exceptiontable.data)) {
      if (h.target < n && this.lines[h.target] >= 0 && this.ops[h.target] !== Op.END_ASYNC_FOR) this.lineStarts[h.target] = 1;
    }
  }

  /** Where the jump instruction at i goes (the taken edge), or -1. */
  jumpTarget(i: number): number {
    const after = this.next[i];
    const arg = this.args[i];
    switch (this.ops[i]) {
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
      case Op.POP_JUMP_IF_NONE:
      case Op.POP_JUMP_IF_NOT_NONE:
      case Op.JUMP_FORWARD:
        return after + arg;
      case Op.FOR_ITER:
      case Op.SEND:
        return after + arg + 1;
      case Op.JUMP_BACKWARD:
      case Op.JUMP_BACKWARD_NO_INTERRUPT:
        return after - arg;
    }
    return -1;
  }

  /** The line of the instruction at i (the start of its instruction), or -1. */
  lineAt(i: number): number {
    return i >= 0 && i < this.lines.length ? this.lines[i] : -1;
  }
}

const codeData = new WeakMap<PyCode, CodeData>();

export function dataOf(code: PyCode): CodeData {
  let d = codeData.get(code);
  if (d === undefined) {
    d = new CodeData(code);
    codeData.set(code, d);
  }
  return d;
}

/** The line numbers the instrumentation uses (for f_lineno jumps).  */
export function codeLineOf(code: PyCode, index: number): number {
  return dataOf(code).lineAt(index);
}

/** What the instrumentation remembers of a running frame.  CPython: frame->instr_ptr as prev_instr */
class FrameData {
  /** The instruction that started last in this frame, or -1. */
  prev = -1;
  /** A call of a non-Python callable in progress at `callAt`: its C_RETURN is due. */
  callable: PyValue | null = null;
  arg0: PyValue = None;
  callAt = -1;
}

const frameData = new WeakMap<Frame, FrameData>();

function frameDataOf(f: Frame): FrameData {
  let d = frameData.get(f);
  if (d === undefined) {
    d = new FrameData();
    frameData.set(f, d);
  }
  return d;
}

// ---- instrumenting code objects ----

/** Ops whose generic form counts down to specializing in its first cache unit. */
function specializes(op: number): boolean {
  return op === Op.LOAD_GLOBAL || op === Op.LOAD_ATTR || op === Op.STORE_ATTR || op === Op.CALL || op === Op.FOR_ITER || op === Op.SEND;
}
const NEVER = 0xfff0;
const WARMUP = (1 << 4) | 1;

function globalUnion(): number {
  let u = 0;
  for (const e of state.globalEvents) u |= e;
  return u;
}

function needsInstrumentation(code: PyCode): boolean {
  if (globalUnion() !== 0) return true;
  const d = codeData.get(code);
  return d !== undefined && d.local.some((e) => e !== 0);
}

function instrument(code: PyCode): void {
  if (state.instrumented.has(code)) return;
  const d = dataOf(code);
  if (d.firstTraceable >= d.ops.length) return;
  const units = code.units;
  for (let i = d.firstTraceable; i < units.length; ) {
    const orig = units[i] & 0xff;
    const base = DEOPT[orig];
    d.original[i] = base;
    units[i] = (units[i] & 0xff00) | Op.INSTRUMENTED_LINE;
    const op = d.ops[i];
    if (orig === op && specializes(op)) units[i + 1] = NEVER;
    i = d.next[i];
  }
  state.instrumented.add(code);
  instrumentedOriginals.set(code, d.original);
}

function deinstrument(code: PyCode): void {
  if (!state.instrumented.delete(code)) return;
  instrumentedOriginals.delete(code);
  const d = dataOf(code);
  const units = code.units;
  for (let i = d.firstTraceable; i < units.length; i = d.next[i]) {
    units[i] = (units[i] & 0xff00) | d.original[i];
    if (d.original[i] === d.ops[i] && specializes(d.ops[i])) units[i + 1] = WARMUP;
  }
}

/** After a change of event sets: instrument the code of every running frame, or undo it all.  CPython: instrument_all_executing_code_objects */
function update(): void {
  const active = globalUnion() !== 0 || state.localCodes.size !== 0;
  monitoring.active = active;
  if (!active) {
    for (const code of [...state.instrumented]) deinstrument(code);
    setInstrumentationHook(null);
    for (let f = tstate.frame; f !== null; f = f.f_back) frameData.delete(f);
    return;
  }
  for (const code of [...state.instrumented]) if (!needsInstrumentation(code)) deinstrument(code);
  for (let f = tstate.frame; f !== null; f = f.f_back) {
    if (needsInstrumentation(f.f_code) && !state.instrumented.has(f.f_code)) {
      instrument(f.f_code);
      const fd = frameDataOf(f);
      fd.prev = f.lasti;
    }
  }
  setInstrumentationHook(onResume);
}

/**
 * The eval breaker's hook at RESUME while monitoring is on: a code object that runs for the first
 * time since events were set is instrumented, and the events of this RESUME (which is already
 * running, not instrumented) fire here.  CPython: _Py_Instrument from RESUME's version check
 */
function onResume(frame: Frame): void {
  const code = frame.f_code;
  if (state.instrumented.has(code) || !needsInstrumentation(code)) return;
  instrument(code);
  const d = dataOf(code);
  // The loop stopped at this RESUME (frame.lasti) to call the eval breaker.
  let r = Math.max(frame.lasti, d.firstTraceable);
  while (r < d.ops.length && d.ops[r] !== Op.RESUME) r = d.next[r] > r ? d.next[r] : r + 1;
  if (r >= d.ops.length || monitoring.tracing > 0) return;
  const saved = frame.lasti;
  frame.lasti = r;
  try {
    const fd = frameDataOf(frame);
    fd.prev = r;
    fireInstructionEvents(frame, d, r, frame.sp);
  } finally {
    frame.lasti = saved;
  }
}

// ---- firing events ----

/** The event whose callbacks are running, or -1 (f_lineno may be set only in some).  CPython: tstate->what_event */
let whatEvent = -1;
export function monitoringEvent(): number {
  return whatEvent;
}

/** sys.settrace's 'opcode' events (vm/trace.ts), which CPython delivers as tool 6's INSTRUCTION events. */
let opcodeTrace: ((frame: Frame) => void) | null = null;
export function setOpcodeTrace(hook: ((frame: Frame) => void) | null): void {
  opcodeTrace = hook;
}

/** The tools that want `event` at instruction i of `d`'s code. */
function toolsFor(d: CodeData, i: number, event: number): number {
  let tools = 0;
  const ev = event === Ev.C_RETURN || event === Ev.C_RAISE ? Ev.CALL : event;
  const bit = 1 << ev;
  for (let t = 0; t < 8; t++) {
    if ((state.globalEvents[t] | (ev < LOCAL_EVENTS ? d.local[t] : 0)) & bit) tools |= 1 << t;
  }
  if (tools !== 0 && ev < LOCAL_EVENTS && d.disabled.size !== 0) {
    if (d.disabledEpoch !== state.epoch) {
      d.disabled.clear();
      d.disabledEpoch = state.epoch;
    } else tools &= ~(d.disabled.get(i * 32 + ev) ?? 0);
  }
  return tools;
}

/**
 * Calls the callbacks of `tools` for `event` (highest tool id first, as CPython), with args
 * (code, offset, ...rest).  A callback's DISABLE turns the event off at this instruction for that
 * tool; for events that cannot be disabled it is a ValueError.  CPython: call_instrumentation_vector
 */
function callTools(d: CodeData, i: number, event: number, tools: number, args: PyValue[]): void {
  const cbEvent = event;
  for (let t = 7; t >= 0; t--) {
    if (!(tools & (1 << t))) continue;
    const cb = state.callbacks[t][cbEvent];
    if (cb === null) continue;
    const legacy = (event === Ev.BRANCH_LEFT || event === Ev.BRANCH_RIGHT) && state.legacyBranch[t];
    if (legacy && legacyBranchGone(d, args[1] as number, t)) {
      // The other edge of this branch was disabled: so is this one (without a call).
      disableAt(d, i, event, t);
      continue;
    }
    monitoring.tracing++;
    const savedEvent = whatEvent;
    whatEvent = event;
    let r: PyValue;
    try {
      r = cb instanceof NativeCallback ? cb.fn(args) : PyObject_Call(cb, args);
    } finally {
      monitoring.tracing--;
      whatEvent = savedEvent;
    }
    if (r === DISABLE && r !== None) {
      const ev = event === Ev.C_RETURN || event === Ev.C_RAISE ? Ev.CALL : event;
      if (event >= LOCAL_EVENTS) {
        state.callbacks[t][cbEvent] = null;
        throw valueError(`Cannot disable ${EVENT_NAMES[event]} events. Callback removed.`);
      }
      disableAt(d, i, ev, t);
      if (legacy) disableOtherEdge(d, args[1] as number, event, t);
    }
  }
}

/** Turns `event` off at instruction i for tool t (until restart_events). */
function disableAt(d: CodeData, i: number, event: number, t: number): void {
  if (d.disabledEpoch !== state.epoch) {
    d.disabled.clear();
    d.disabledEpoch = state.epoch;
  }
  const key = i * 32 + event;
  d.disabled.set(key, (d.disabled.get(key) ?? 0) | (1 << t));
}

/**
 * A legacy BRANCH callback's source instruction (FOR_ITER or a conditional jump, at byte offset
 * `src`) no longer has its own edge event for tool t: CPython finds it de-instrumented and
 * disables the call.  CPython: branch_handler_vectorcall
 */
function legacyBranchGone(d: CodeData, src: number, t: number): boolean {
  const at = src >> 1;
  const op = d.ops[at];
  // (An async for's END_SEND is instrumented only for STOP_ITERATION.)
  const own = op === Op.FOR_ITER ? Ev.BRANCH_LEFT : op === Op.END_SEND ? Ev.STOP_ITERATION : Ev.BRANCH_RIGHT;
  return !(toolsFor(d, at, own) & (1 << t));
}

/** A legacy BRANCH callback disabled one edge: the branch's other edge goes too, where it can be found. */
function disableOtherEdge(d: CodeData, src: number, event: number, t: number): void {
  const at = src >> 1;
  if (d.ops[at] === Op.FOR_ITER) {
    // The exit's POP_ITER cannot be found from the loop's continuation.
    if (event === Ev.BRANCH_RIGHT) disableAt(d, at, Ev.BRANCH_LEFT, t);
  } else if (event === Ev.BRANCH_RIGHT) disableAt(d, d.next[at], Ev.BRANCH_LEFT, t);
  // (A conditional jump's left edge disabled leaves its right edge on: CPython 3.14.2 still
  // delivers it once, as the oracle shows.)
}

function fire(d: CodeData, i: number, event: number, rest: PyValue[]): void {
  const tools = toolsFor(d, i, event);
  if (tools === 0) return;
  callTools(d, i, event, tools, [d.code, i * 2, ...rest]);
}

/** The callable and first argument a call instruction at i sees, for CALL events.  CPython: _MONITOR_CALL */
function callArgs(frame: Frame, d: CodeData, i: number, sp: number): [PyValue, PyValue] {
  const stack = frame.localsplus;
  const op = d.ops[i];
  const oparg = d.args[i];
  if (op === Op.CALL_FUNCTION_EX) {
    const callargs = stack[sp - 2];
    const self = stack[sp - 3];
    const func = stack[sp - 4]!;
    let arg0: PyValue = MISSING;
    if (self !== undefined) arg0 = self;
    else if (callargs instanceof PyTuple || callargs instanceof PyList) arg0 = callargs.items.length > 0 ? callargs.items[0] : MISSING;
    return [func, arg0];
  }
  if (op === Op.LOAD_SUPER_ATTR) {
    return [stack[sp - 3]!, oparg & 2 ? stack[sp - 2]! : MISSING];
  }
  const top = op === Op.CALL_KW ? sp - 1 : sp;
  const base = top - oparg - 2;
  let callable = stack[base]!;
  let self = stack[base + 1];
  if (self === undefined && callable instanceof PyMethod) {
    self = callable.im_self;
    callable = callable.im_func;
  }
  const arg0 = self !== undefined ? self : oparg > 0 ? stack[base + 2]! : MISSING;
  return [callable, arg0];
}

/** Fires what is due before the instruction at i runs.  Returns false if a callback moved the frame (f_lineno). */
function fireInstructionEvents(frame: Frame, d: CodeData, i: number, sp: number): boolean {
  const fd = frameDataOf(frame);
  const prev = fd.prev;
  fd.prev = i;
  // What the previous instruction left due.
  if (fd.callable !== null) {
    const c = fd.callable;
    const at = fd.callAt;
    fd.callable = null;
    frame.lasti = at;
    try {
      fire(d, at, Ev.C_RETURN, [c, fd.arg0]);
    } finally {
      frame.lasti = i;
    }
  }
  if (prev >= 0 && d.ops[prev] === Op.FOR_ITER && i === d.next[prev]) fire(d, prev, Ev.BRANCH_LEFT, [i * 2]);
  const jumps = monitoring.jumps;
  if (d.lineStarts[i]) {
    const line = d.lines[i];
    if (line >= 0 && (prev < 0 || d.lineAt(prev) !== line || d.ops[prev] === Op.RESUME)) {
      const tools = toolsFor(d, i, Ev.LINE);
      if (tools !== 0) callTools(d, i, Ev.LINE, tools, [d.code, line]);
      if (monitoring.jumps !== jumps) return false;
    }
  }
  const op = d.ops[i];
  // RESUME and END_FOR have no INSTRUCTION events.  CPython: force_instrument_lock_held
  if (op !== Op.RESUME && op !== Op.END_FOR) {
    if (opcodeTrace !== null && frame.traceOpcodes) {
      monitoring.tracing++;
      const savedEvent = whatEvent;
      whatEvent = Ev.INSTRUCTION;
      try {
        opcodeTrace(frame);
      } finally {
        monitoring.tracing--;
        whatEvent = savedEvent;
      }
    }
    fire(d, i, Ev.INSTRUCTION, []);
    if (monitoring.jumps !== jumps) return false;
  }
  const stack = frame.localsplus;
  switch (op) {
    case Op.RESUME:
      fire(d, i, (d.args[i] & 3) === 0 ? Ev.PY_START : Ev.PY_RESUME, []);
      break;
    case Op.RETURN_VALUE:
      fire(d, i, Ev.PY_RETURN, [stack[sp - 1]!]);
      break;
    case Op.YIELD_VALUE:
      fire(d, i, Ev.PY_YIELD, [stack[sp - 1]!]);
      break;
    case Op.CALL:
    case Op.CALL_KW:
    case Op.CALL_FUNCTION_EX:
    case Op.LOAD_SUPER_ATTR: {
      const tools = toolsFor(d, i, Ev.CALL);
      if (tools === 0) break;
      const [callable, arg0] = callArgs(frame, d, i, sp);
      callTools(d, i, Ev.CALL, tools, [d.code, i * 2, callable, arg0]);
      // A Python function runs in a frame of its own; anything else returns here (C_RETURN).
      const inlined = op === Op.CALL_FUNCTION_EX ? callable instanceof PyFunction : op !== Op.LOAD_SUPER_ATTR && callable instanceof PyFunction;
      if (!inlined) {
        fd.callable = callable;
        fd.arg0 = arg0;
        fd.callAt = i;
      }
      break;
    }
    case Op.JUMP_FORWARD:
    case Op.JUMP_BACKWARD:
      fire(d, i, Ev.JUMP, [d.jumpTarget(i) * 2]);
      if (monitoring.jumps !== jumps) return false;
      break;
    case Op.POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_IF_TRUE:
    case Op.POP_JUMP_IF_NONE:
    case Op.POP_JUMP_IF_NOT_NONE: {
      const v = stack[sp - 1];
      const taken =
        op === Op.POP_JUMP_IF_NONE ? v === None : op === Op.POP_JUMP_IF_NOT_NONE ? v !== None : op === Op.POP_JUMP_IF_TRUE ? v === true : v === false;
      if (taken) fire(d, i, Ev.BRANCH_RIGHT, [d.jumpTarget(i) * 2]);
      break;
    }
    case Op.NOT_TAKEN:
      if (prev >= 0) fireFrom(d, i, prev, Ev.BRANCH_LEFT, d.next[i]);
      break;
    case Op.POP_ITER:
      if (prev >= 0) fireFrom(d, i, prev, Ev.BRANCH_RIGHT, d.next[i]);
      break;
    case Op.END_SEND:
    case Op.END_FOR: {
      // The end of a delegation to a generator (or, for END_SEND, a coroutine): a StopIteration as
      // PEP 380 has it.  CPython: INSTRUMENTED_END_SEND, INSTRUMENTED_END_FOR
      const recv = stack[sp - 2];
      if (recv instanceof PyGenObject && (recv.ob_type === GeneratorType || (op === Op.END_SEND && recv.ob_type === CoroutineType))) {
        fire(d, i, Ev.STOP_ITERATION, [stopIteration(stack[sp - 1]!)]);
      }
      break;
    }
    case Op.END_ASYNC_FOR:
      // The async for's exit, from its END_SEND (oparg back), whatever the exception.  CPython: _MONITOR_END_ASYNC_FOR
      fireFrom(d, i, i + 1 - d.args[i], Ev.BRANCH_RIGHT, i + 1);
      break;
  }
  return true;
}

/** A jump event fired at instruction i about the edge src -> dest (NOT_TAKEN, POP_ITER). */
function fireFrom(d: CodeData, i: number, src: number, event: number, dest: number): void {
  const tools = toolsFor(d, i, event);
  if (tools === 0) return;
  callTools(d, i, event, tools, [d.code, src * 2, dest * 2]);
}

/**
 * The loop met INSTRUMENTED_LINE at instruction i (frame.pc, sp and lasti are saved): fires the
 * events due and returns the instruction's own opcode, or -1 when a trace function moved the frame
 * to another instruction (f_lineno), where the loop continues.  CPython: INSTRUMENTED_LINE,
 * _Py_call_instrumentation_line, _Py_call_instrumentation_instruction and the INSTRUMENTED_* ops
 */
export function instrumentedInstruction(frame: Frame, i: number): number {
  const code = frame.f_code;
  const d = dataOf(code);
  const orig = d.original[i];
  if (monitoring.active && monitoring.tracing === 0) {
    if (!fireInstructionEvents(frame, d, i, frame.sp)) {
      // A jump (f_lineno): no line event at the target, as if it had just run.
      frameDataOf(frame).prev = frame.pc;
      return -1;
    }
  }
  // The generic instruction must not specialize over the instrumentation.
  if (orig === d.ops[i] && specializes(orig)) code.units[i + 1] = NEVER;
  return orig;
}

// ---- exception events, from the loop's unwinding ----

/** A call's exception (C_RAISE) and the exception's arrival in this frame (RAISE or RERAISE).  CPython: monitor_raise, monitor_reraise */
export function monitorRaise(frame: Frame, lasti: number, exc: PyBaseException, reraise: boolean): PyBaseException {
  if (monitoring.tracing > 0) return exc;
  const d = dataOf(frame.f_code);
  const fd = frameData.get(frame);
  try {
    if (fd !== undefined && fd.callable !== null) {
      const c = fd.callable;
      fd.callable = null;
      if (fd.callAt === lasti) fire(d, lasti, Ev.C_RAISE, [c, fd.arg0]);
    }
    // CLEANUP_THROW and END_ASYNC_FOR pass on an exception they were given, as RERAISE does.
    const op = d.ops[lasti];
    if (op === Op.CLEANUP_THROW || op === Op.END_ASYNC_FOR) reraise = true;
    fire(d, lasti, reraise ? Ev.RERAISE : Ev.RAISE, [exc]);
  } catch (e) {
    if (e instanceof PyBaseException) return e;
    throw e;
  }
  return exc;
}

/** The exception is handled in this frame, at `target`.  CPython: monitor_handled */
export function monitorHandled(frame: Frame, target: number, exc: PyBaseException): PyBaseException {
  if (monitoring.tracing > 0) return exc;
  const fd = frameData.get(frame);
  if (fd !== undefined) fd.callable = null;
  try {
    fire(dataOf(frame.f_code), target, Ev.EXCEPTION_HANDLED, [exc]);
  } catch (e) {
    if (e instanceof PyBaseException) return e;
    throw e;
  }
  return exc;
}

/** The exception leaves this frame.  CPython: monitor_unwind */
export function monitorUnwind(frame: Frame, lasti: number, exc: PyBaseException): PyBaseException {
  const fd = frameData.get(frame);
  if (fd !== undefined) frameData.delete(frame);
  if (monitoring.tracing > 0) return exc;
  try {
    fire(dataOf(frame.f_code), lasti, Ev.PY_UNWIND, [exc]);
  } catch (e) {
    if (e instanceof PyBaseException) return e;
    throw e;
  }
  return exc;
}

/** generator.throw() is about to raise in `frame`.  CPython: monitor_throw */
export function monitorThrow(frame: Frame, exc: PyValue): void {
  if (monitoring.tracing > 0 || !(exc instanceof PyBaseException)) return;
  if (!state.instrumented.has(frame.f_code) && needsInstrumentation(frame.f_code)) instrument(frame.f_code);
  // A suspended generator stands at the RESUME after its yield.
  const fd = frameDataOf(frame);
  fd.prev = frame.pc;
  fire(dataOf(frame.f_code), frame.pc, Ev.PY_THROW, [exc]);
}

/**
 * SEND's receiver, not a generator or coroutine, ended with StopIteration(value): a RAISE event (what
 * sys.settrace reports as 'exception').  CPython: _SEND's _PyEval_MonitorRaise
 */
export function monitorSendStop(frame: Frame, lasti: number, receiver: PyValue, value: PyValue): void {
  if (monitoring.tracing > 0) return;
  if (receiver instanceof PyGenObject && (receiver.ob_type === GeneratorType || receiver.ob_type === CoroutineType)) return;
  const d = dataOf(frame.f_code);
  if (toolsFor(d, lasti, Ev.RAISE) === 0) return;
  fire(d, lasti, Ev.RAISE, [stopIteration(value)]);
}

// ---- the sys.monitoring API ----

export function checkValidTool(tool: number): void {
  if (tool < 0 || tool >= SYS_PROFILE_ID - 1) throw valueError(`invalid tool ${tool} (must be between 0 and 5)`);
}

function checkTool(tool: number): void {
  if (tool < SYS_TRACE_ID && state.toolNames[tool] === null) throw valueError(`tool ${tool} is not in use`);
}

export function useToolId(tool: number, name: PyValue): void {
  if (state.toolNames[tool] !== null) throw valueError(`tool ${tool} is already in use`);
  state.toolNames[tool] = name;
}

export function getTool(tool: number): PyValue {
  return state.toolNames[tool] ?? None;
}

/** Removes a tool's callbacks and events.  CPython: _PyMonitoring_ClearToolId */
export function clearToolId(tool: number): void {
  if (state.toolNames[tool] === null) return;
  for (let e = 0; e < ALL_EVENTS; e++) state.callbacks[tool][e] = null;
  state.globalEvents[tool] = 0;
  for (const code of [...state.localCodes]) {
    const d = dataOf(code);
    d.local[tool] = 0;
    if (d.local.every((e) => e === 0)) state.localCodes.delete(code);
  }
  state.epoch++;
  update();
}

export function freeToolId(tool: number): void {
  clearToolId(tool);
  state.toolNames[tool] = null;
}

/** Sets a tool's callback for one event; returns the previous one.  CPython: _PyMonitoring_RegisterCallback */
export function registerCallback(tool: number, event: number, func: Callback | null): Callback | null {
  if (event === Ev.BRANCH) {
    const old = state.callbacks[tool][Ev.BRANCH_LEFT];
    state.callbacks[tool][Ev.BRANCH_LEFT] = func;
    state.callbacks[tool][Ev.BRANCH_RIGHT] = func;
    state.legacyBranch[tool] = func !== null;
    return old;
  }
  if (event === Ev.BRANCH_LEFT || event === Ev.BRANCH_RIGHT) state.legacyBranch[tool] = false;
  const old = state.callbacks[tool][event];
  state.callbacks[tool][event] = func;
  return old;
}

export function getEvents(tool: number): number {
  return state.globalEvents[tool];
}

/** Sets a tool's global events.  CPython: _PyMonitoring_SetEvents */
export function setEvents(tool: number, events: number): void {
  checkTool(tool);
  if (state.globalEvents[tool] === events) return;
  state.globalEvents[tool] = events;
  update();
}

export function getLocalEvents(tool: number, code: PyCode): number {
  const d = codeData.get(code);
  return d === undefined ? 0 : d.local[tool];
}

/** Sets a tool's events for one code object.  CPython: _PyMonitoring_SetLocalEvents */
export function setLocalEvents(tool: number, code: PyCode, events: number): void {
  const d = dataOf(code);
  if (d.firstTraceable >= d.ops.length) throw systemError(`cannot instrument shim code object '${code.co_name}'`);
  checkTool(tool);
  if (d.local[tool] === events) return;
  d.local[tool] = events;
  if (d.local.some((e) => e !== 0)) state.localCodes.add(code);
  else state.localCodes.delete(code);
  if (!needsInstrumentation(code)) deinstrument(code);
  else if (!state.instrumented.has(code)) {
    instrument(code);
    for (let f = tstate.frame; f !== null; f = f.f_back) if (f.f_code === code) frameDataOf(f).prev = f.lasti;
  }
  update();
}

/** Turns every DISABLEd event back on.  CPython: monitoring_restart_events */
export function restartEvents(): void {
  state.epoch++;
}

/** {event name: tools} of every event some tool has set globally.  CPython: monitoring__all_events */
export function allEvents(): [string, number][] {
  const out: [string, number][] = [];
  for (let e = 0; e < 16; e++) {
    let tools = 0;
    for (let t = 0; t < 8; t++) if (state.globalEvents[t] & (1 << e)) tools |= 1 << t;
    if (tools !== 0) out.push([EVENT_NAMES[e], tools]);
  }
  return out;
}

/** Starts afresh (a new interpreter). */
export function resetMonitoring(): void {
  for (const code of [...state.instrumented]) deinstrument(code);
  state = new MonitoringState();
  monitoring.active = false;
  monitoring.tracing = 0;
  setInstrumentationHook(null);
}

void PyObject;
