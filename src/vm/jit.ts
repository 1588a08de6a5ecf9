// The second tier: a hot code object's bytecode translated to one JS function, which V8 then compiles
// to machine code.  Same instructions, same helpers, same frames: only the interpretive overhead goes
// (fetching and decoding each instruction, dispatching on its opcode, moving operands through the
// frame's stack array), because the value stack of each instruction lives in JS locals s0, s1, ...
// (the stack depth before every instruction is known statically) and straight-line code needs no
// dispatch at all.
//
// The compiled function runs one frame from frame.pc (any "entry" instruction: the start, a jump
// target, the instruction after a call or an eval-breaker check, an exception handler) until it
// returns, calls a Python function, reaches the eval breaker or meets something it leaves to the
// interpreter; it then writes its stack back to frame.localsplus (frame.sp, frame.pc) and returns a
// status to the evaluation loop (vm/ceval.ts), which pushes or pops frames exactly as it does for
// interpreted code and re-enters the compiled function at the new frame.pc.  So calls still cost no
// JS recursion, and the frame state alone can always resume the frame in either tier.
//
// Compiled code runs only while nothing observes instructions one by one: sys.settrace, sys.monitoring
// and objects whose finalization time is observable (gcLive) send every frame back to the interpreter.
// Code with instructions the translator does not know is not compiled.
//
// Tiering is sampled: the eval breaker's periodic check (every 10,000 loop iterations and calls)
// counts which code object was running; one seen often enough is compiled.  The hot path pays nothing.

import { Op, DEOPT, INLINE_CACHE_ENTRIES } from '../bytecode/opcodes.generated.ts';
import { numPopped, numPushed } from '../bytecode/instructions.ts';
import { CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR, CO_ITERABLE_COROUTINE, parseExceptionTable, PyCode } from '../objects/code.ts';
import type { PyValue } from '../objects/object.ts';
import type { Frame } from './frame.ts';
import { InlineCache, exactArgs } from './specialize.ts';
import { findHandler } from './unwind.ts';
import { setSliceLength, INTERVAL, loopWeight } from './eval-breaker.ts';
import { tstate } from './thread-state.ts';

/**
 * A compiled code object: runs `frame` from frame.pc and returns a JIT_* status (a small int, so the
 * loop's test of it keeps one kind of type feedback whatever Python values flow).
 */
export type JitFn = (frame: Frame) => number;

/** The frame returned jitState.value. */
export const JIT_RETURN = 0;
/** A Python frame to push is in callTarget.frame. */
export const JIT_CALL = 1;
/** The eval breaker's countdown ran out. */
export const JIT_SLICE = 2;
/** The interpreter runs the instruction at frame.pc (and on, until the next frame switch). */
export const JIT_INTERP = 3;
/** The generator frame yielded jitState.value (YIELD_VALUE with oparg jitState.yieldOparg, frame.pc after it). */
export const JIT_YIELD = 4;
/**
 * A frame compiled code called directly (a JS call, frame pushed) stopped with another status: the
 * innermost such frame is jitState.inner, its status jitState.innerStatus; the frames between are
 * pushed and stored, each at the instruction after its call.
 */
export const JIT_NESTED = 5;
/**
 * Raised where the frame has no handler: jitState.exc, to unwind from jitState.raiseAt (a re-raise,
 * adding no traceback entry, when jitState.reraise), the frame stored as the raise left it.
 */
export const JIT_RAISE = 6;
/** Between the regions of one compiled function (never returned by it): go on at frame.pc. */
const JIT_GOTO = 7;

/** Compiled activations calling each other directly at most (then calls go through the loop). */
export const JIT_MAX_NEST = 40;

/** Shared between compiled code and the loop. */
export const jitState: {
  /**
   * The instruction an exception left compiled code at (-1: none), in frame `excFrame`: the
   * innermost compiled frame the exception passed through (the first to see it records it).
   */
  lasti: number;
  excFrame: Frame | null;
  value: PyValue | undefined;
  yieldOparg: number;
  inner: Frame | null;
  innerStatus: number;
  exc: PyValue | undefined;
  raiseAt: number;
  reraise: boolean;
} = { lasti: -1, excFrame: null, value: undefined, yieldOparg: 0, inner: null, innerStatus: 0, exc: undefined, raiseAt: -1, reraise: false };

/**
 * PYTS_JIT=0 turns the tier off; PYTS_JIT=log also reports each code object compiled (or not).
 * Read at each sample (rare), never cached: a start-up snapshot would keep the build's value.
 */
export function jitMode(): string | undefined {
  return typeof process === 'undefined' ? undefined : process.env.PYTS_JIT;
}

/**
 * While a module is being imported (tstate.importDepth > 0), code heats 2**IMPORT_SHIFT times slower:
 * all heat is counted in units of 1 << IMPORT_SHIFT, and an import's counts 1.  What runs then is
 * mostly run once per process (module and class bodies, enum and dataclass machinery, re.compile of the module's
 * patterns, importlib itself), and compiling it cost more than it saved: `import asyncio` compiled
 * 49 code objects (re's parser and compiler, enum's class creation, importlib's locking) for ~250 ms
 * of its ~1.7 s.  Heat gathered during an import still counts afterwards.
 */
const IMPORT_SHIFT = 3;

/**
 * The heat at which a code object is compiled (PyCode.jitCount): each eval-breaker check finding it
 * running adds SAMPLE_HEAT, each call of it compiled code had to leave to the loop for, 1 (a
 * call site calling several functions, whose callees compileWithCallees does not know).
 */
const HOT = 2000 << IMPORT_SHIFT;

/**
 * Heat of one eval-breaker sample: two samples compile. Code found running once (a module body
 * during an import, a one-off function) is not worth compiling; code that keeps running is found
 * again within a slice.
 */
const SAMPLE_HEAT = HOT >> 1;

/** The helpers compiled code calls, supplied by the loop's module (no import cycle at load time). */
export interface JitHelpers {
  readonly [name: string]: unknown;
}
let helpers: JitHelpers | null = null;
let helperSource: (() => JitHelpers) | null = null;
/** Registers the helpers, collected at the first compilation (after every module has loaded). */
export function setJitHelpers(h: () => JitHelpers): void {
  helperSource = h;
}

/** Frames a sample counts: the innermost and its callers, up to this many in all. */
const SAMPLED_FRAMES = 3;

/**
 * Called at the eval breaker's check with the innermost frame: counts it and its nearest callers
 * (a loop calling functions is as hot as they are, though it is rarely the innermost frame when the
 * check comes), and compiles those seen running often enough.
 */
export function jitSample(frame: Frame): void {
  const mode = jitMode();
  const log = mode === 'log';
  // PYTS_JIT=eager (for testing the tier): sample every few instructions, so that even short
  // programs run mostly compiled.
  setSliceLength(mode === 'eager' ? 7 : INTERVAL);
  if (mode === '0') return;
  let f: Frame | null = frame;
  for (let k = 0; k < SAMPLED_FRAMES && f !== null; k++, f = f.f_back) {
    const code = f.f_code;
    if (code.jitCount < 0) continue;
    code.jitCount += tstate.importDepth > 0 ? SAMPLE_HEAT >> IMPORT_SHIFT : SAMPLE_HEAT;
    if (code.jitCount >= HOT) compileWithCallees(code, log);
  }
}

/** Heat of an entry into uncompiled code from native code (evalFrame: a sort key, sum(genexpr)...). */
export const ENTRY_HEAT = 20;

/**
 * Adds heat `w` to `code` (an interpreted backward jump of that weight, in eval-breaker units, or a
 * native entry) as a check would over that much work, without waiting for one; true when that
 * compiled it (an interpreted loop then ends its slice, so that the frame goes on in compiled code).
 * `w` is in eval-breaker units; the count is in 1 << IMPORT_SHIFT of them outside imports.
 */
export function jitHeat(code: PyCode, w: number): boolean {
  if (code.jitCount < 0 || (code.jitCount += tstate.importDepth > 0 ? w : w << IMPORT_SHIFT) < HOT) return false;
  const mode = jitMode();
  if (mode === '0') {
    code.jitCount = -1;
    return false;
  }
  compileWithCallees(code, mode === 'log');
  return code.jit !== null;
}

function compileWithCallees(code: PyCode, log: boolean): void {
  // The functions its specialized calls call (they ran): compiled now too, so that V8 does not
  // optimize this one's calls of them before they are compiled, and deoptimize it when they are.
  const callees = new Set<PyCode>();
  compileHot(code, log, callees);
  for (const c of callees) if (c.jitCount >= 0) compileHot(c, log, null);
}

function compileHot(code: PyCode, log: boolean, callees: Set<PyCode> | null): void {
  code.jitCount = -1;
  const fn = compile(code, callees);
  install(code, fn);
  if (log) process.stderr.write(`[jit] ${code.co_qualname} ${code.co_filename}:${code.co_firstlineno}: ${fn !== null ? 'compiled' : 'not compiled'}\n`);
}

/**
 * Compiles `code` and the code objects nested in it whatever their heat (the start-up warm-up,
 * runtime/jit-warmup.ts).
 */
export function compileNow(code: PyCode): void {
  install(code, compile(code, null));
  code.jitCount = -1;
  for (const c of code.co_consts.items) if (c instanceof PyCode) compileNow(c);
}

function install(code: PyCode, fn: JitFn | null): void {
  if (fn !== null) code.jit = fn;
}

interface Instr {
  /** Offset (code units) of the opcode, after any EXTENDED_ARG. */
  at: number;
  /** Offset of the first EXTENDED_ARG prefix, or `at`: where a jump to this instruction lands. */
  start: number;
  op: number;
  oparg: number;
  /** Offset of the next instruction (after the inline cache). */
  next: number;
  /** The specialized opcode seen in the units when compiled. */
  spec: number;
}

/** FrameState.EXECUTING and COMPLETED (vm/frame.ts: a const enum, not visible to generated code). */
const FRAME_CREATED = -3;
const FRAME_EXECUTING = 0;
const FRAME_COMPLETED = 1;
const FRAME_SUSPENDED = -2;
const FRAME_SUSPENDED_YIELD_FROM = -1;

const GENERATOR_FLAGS = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR | CO_ITERABLE_COROUTINE;

/**
 * Instructions that stop compiled code, the frame going on at the next one when it resumes: the
 * frame switches of generators and CALL_FUNCTION_EX, which the interpreter runs, and YIELD_VALUE.
 */
const HANDOFF = new Set<number>([Op.RETURN_GENERATOR, Op.YIELD_VALUE]);

/** Instructions the translator leaves to the interpreter's runFramesSlow (they only work on the stack). */
const SLOW = new Set<number>([
  Op.DELETE_GLOBAL, Op.DELETE_NAME, Op.LOAD_LOCALS,
  Op.LOAD_FROM_DICT_OR_GLOBALS, Op.LOAD_FROM_DICT_OR_DEREF, Op.DELETE_DEREF,
  Op.DELETE_ATTR, Op.STORE_SLICE, Op.BUILD_INTERPOLATION, Op.BUILD_TEMPLATE,
  Op.UNPACK_EX, Op.CALL_INTRINSIC_2,
  Op.CHECK_EG_MATCH, Op.WITH_EXCEPT_START, Op.IMPORT_NAME, Op.IMPORT_FROM, Op.LOAD_BUILD_CLASS,
  Op.SETUP_ANNOTATIONS, Op.LOAD_COMMON_CONSTANT, Op.MATCH_CLASS, Op.MATCH_MAPPING, Op.MATCH_SEQUENCE, Op.MATCH_KEYS,
  // await and yield from, around their SEND (a hand-over): coroutines compile too.
  Op.GET_AWAITABLE, Op.GET_YIELD_FROM_ITER, Op.END_SEND,
]);

/** Instructions translated inline. */
const INLINE = new Set<number>([
  Op.LOAD_FAST, Op.LOAD_FAST_BORROW, Op.LOAD_FAST_CHECK, Op.LOAD_FAST_LOAD_FAST, Op.LOAD_FAST_BORROW_LOAD_FAST_BORROW,
  Op.LOAD_FAST_AND_CLEAR, Op.STORE_FAST, Op.STORE_FAST_LOAD_FAST, Op.STORE_FAST_STORE_FAST, Op.LOAD_CONST,
  Op.LOAD_SMALL_INT, Op.POP_TOP, Op.POP_ITER, Op.END_FOR, Op.PUSH_NULL, Op.COPY, Op.SWAP, Op.NOP, Op.NOT_TAKEN,
  Op.RESUME, Op.BINARY_OP, Op.COMPARE_OP, Op.IS_OP, Op.TO_BOOL, Op.UNARY_NOT, Op.POP_JUMP_IF_FALSE,
  Op.POP_JUMP_IF_TRUE, Op.POP_JUMP_IF_NONE, Op.POP_JUMP_IF_NOT_NONE, Op.JUMP_FORWARD, Op.JUMP_BACKWARD,
  Op.JUMP_BACKWARD_NO_INTERRUPT, Op.FOR_ITER, Op.LOAD_GLOBAL, Op.LOAD_DEREF, Op.STORE_DEREF, Op.LOAD_ATTR,
  Op.STORE_ATTR, Op.STORE_SUBSCR, Op.LIST_APPEND, Op.UNPACK_SEQUENCE, Op.CALL, Op.CALL_KW, Op.RETURN_VALUE,
  Op.RAISE_VARARGS, Op.RERAISE, Op.MAKE_CELL, Op.COPY_FREE_VARS, Op.BUILD_TUPLE, Op.BUILD_LIST, Op.GET_ITER,
  Op.CONTAINS_OP, Op.LOAD_NAME, Op.STORE_NAME,
  Op.SET_ADD, Op.MAP_ADD, Op.DELETE_SUBSCR, Op.LOAD_SPECIAL, Op.CHECK_EXC_MATCH, Op.PUSH_EXC_INFO, Op.POP_EXCEPT,
  Op.BINARY_SLICE, Op.MAKE_FUNCTION, Op.SET_FUNCTION_ATTRIBUTE, Op.FORMAT_SIMPLE, Op.FORMAT_WITH_SPEC,
  Op.BUILD_STRING, Op.BUILD_SLICE, Op.LOAD_SUPER_ATTR, Op.DELETE_FAST,
  Op.UNARY_NEGATIVE, Op.UNARY_INVERT, Op.CONVERT_VALUE, Op.CALL_INTRINSIC_1, Op.GET_LEN, Op.LIST_EXTEND,
  Op.SET_UPDATE, Op.DICT_UPDATE, Op.DICT_MERGE, Op.BUILD_SET, Op.BUILD_MAP, Op.STORE_GLOBAL, Op.SEND, Op.CLEANUP_THROW, Op.CALL_FUNCTION_EX,
]);

/** The instructions of `code`, or null when one is outside what the translator knows. */
function decode(code: PyCode): Instr[] | null {
  const units = code.units;
  const out: Instr[] = [];
  let pc = 0;
  while (pc < units.length) {
    const start = pc;
    let word = units[pc++];
    let spec = word & 0xff;
    let oparg = word >>> 8;
    while (spec === Op.EXTENDED_ARG) {
      word = units[pc++];
      spec = word & 0xff;
      oparg = (oparg << 8) | (word >>> 8);
    }
    const op = spec >= 234 ? -1 : DEOPT[spec];
    if (op < 0 || !(INLINE.has(op) || SLOW.has(op) || HANDOFF.has(op) || op === Op.CACHE)) return null;
    out.push({ at: pc - 1, start, op, oparg, next: pc + INLINE_CACHE_ENTRIES[op], spec });
    pc += INLINE_CACHE_ENTRIES[op];
  }
  return out;
}

/** Where a jump instruction goes (its taken branch), or -1. */
function jumpTarget(ins: Instr): number {
  switch (ins.op) {
    case Op.POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_IF_TRUE:
    case Op.POP_JUMP_IF_NONE:
    case Op.POP_JUMP_IF_NOT_NONE:
    case Op.JUMP_FORWARD:
      return ins.next + ins.oparg;
    case Op.JUMP_BACKWARD:
    case Op.JUMP_BACKWARD_NO_INTERRUPT:
      return ins.next - ins.oparg;
    case Op.FOR_ITER:
      // Exhausted: past the END_FOR at the target, the iterator still on the stack.
      return ins.next + ins.oparg + 1;
    case Op.SEND:
      return ins.next + ins.oparg;
  }
  return -1;
}

/** Stack depth before each instruction (by offset), or null where the analysis fails. */
function depths(code: PyCode, instrs: Instr[], byAt: Map<number, number>): Int32Array | null {
  const depth = new Int32Array(code.units.length + 1).fill(-1);
  const work: number[] = [];
  const set = (at: number, d: number): boolean => {
    if (!byAt.has(at)) return false;
    if (depth[at] === -1) {
      depth[at] = d;
      work.push(at);
      return true;
    }
    return depth[at] === d;
  };
  if (!set(instrs[0].at, 0)) return null;
  for (const h of parseExceptionTable(code.co_exceptiontable.data)) {
    if (!set(startToAt(instrs, h.target), h.depth + (h.lasti ? 1 : 0) + 1)) return null;
  }
  while (work.length > 0) {
    const at = work.pop()!;
    const ins = instrs[byAt.get(at)!];
    const d = depth[at];
    const after = d - numPopped(ins.op, ins.oparg) + numPushed(ins.op, ins.oparg);
    if (after < 0 || after > code.co_stacksize) return null;
    const t = jumpTarget(ins);
    if (ins.op === Op.FOR_ITER) {
      if (!set(startToAt(instrs, t), d)) return null;
      // A generator run inline that returns lands on the END_FOR with its value pushed.
      if (!set(startToAt(instrs, t - 1), d + 1)) return null;
    } else if (t >= 0 && !set(startToAt(instrs, t), after)) return null;
    const ends = ins.op === Op.JUMP_FORWARD || ins.op === Op.JUMP_BACKWARD || ins.op === Op.JUMP_BACKWARD_NO_INTERRUPT ||
      ins.op === Op.RETURN_VALUE || ins.op === Op.RAISE_VARARGS || ins.op === Op.RERAISE;
    if (!ends) {
      const k = byAt.get(at)! + 1;
      if (k < instrs.length && !set(instrs[k].at, after)) return null;
    }
  }
  return depth;
}

/** The instruction offset for a jump landing at `start` (which may be an EXTENDED_ARG prefix). */
function startToAt(instrs: Instr[], start: number): number {
  for (const i of instrs) if (i.start === start) return i.at;
  return -1;
}

const COMPARE_JS = ['<', '<=', '===', '!==', '>', '>='];

/** The switch's case for going on at the handler unwinding put in frame.pc (no instruction's offset). */
const HANDLER = -2;

/**
 * The switch's cases jitProbe runs a new compiled function from: straight to the exit that stores
 * the frame (`out`), with every stack slot and each of its branches, as a stop in a call's callee
 * (JIT_NESTED) and a hand-over to the interpreter do.  A function that, say, always returned until
 * V8 optimized it would otherwise have no type feedback there, and the first eval-breaker stop or
 * hand-over would deoptimize it and have it compiled again.
 */
export const JIT_PROBE_NESTED = -3;
export const JIT_PROBE_INTERP = -4;

/** Instructions a region has at least (regions are cut only between larger parts). */
const MIN_REGION = 12;

/**
 * The region of each instruction (by index): a code object with several long loops is translated to
 * one JS function per region, each an outermost loop with the code up to the next, so that V8
 * optimizes each once it has run (type feedback and all), instead of optimizing the whole and
 * deoptimizing it each time a later part first runs, recompiling everything each time.
 */
function regions(instrs: Instr[], startIndex: Map<number, number>): Int32Array {
  const n = instrs.length;
  const region = new Int32Array(n);
  if (n < 2 * MIN_REGION) return region;
  // The outermost loops, as [first, last] instruction indexes (a backward jump's target to it).
  const loops: [number, number][] = [];
  for (let k = 0; k < n; k++) {
    if (instrs[k].op !== Op.JUMP_BACKWARD) continue;
    const t = startIndex.get(jumpTarget(instrs[k]));
    if (t !== undefined && t <= k) loops.push([t, k]);
  }
  loops.sort((a, b) => a[0] - b[0]);
  let r = 0;
  let from = 0;
  let end = -1;
  for (const [first, last] of loops) {
    if (first > end && first - from >= MIN_REGION && n - first >= MIN_REGION) {
      region.fill(r++, from, first);
      from = first;
    }
    end = Math.max(end, last);
  }
  region.fill(r, from, n);
  return region;
}

/**
 * Translates `code`; null when it cannot.  `callees` collects the code objects its specialized calls
 * call.
 */
export function compile(code: PyCode, callees: Set<PyCode> | null): JitFn | null {
  if (helpers === null && helperSource !== null) helpers = helperSource();
  if (helpers === null) return null;
  const instrs = decode(code);
  if (instrs === null || instrs.length === 0) return null;

  const byAt = new Map<number, number>();
  instrs.forEach((ins, k) => byAt.set(ins.at, k));
  const depth = depths(code, instrs, byAt);
  if (depth === null) return null;
  const NL = code.co_nlocalsplus;
  const maxDepth = code.co_stacksize;

  // Entries: where control arrives other than by falling through (jumps, handlers, resumption).
  const entry = new Set<number>([instrs[0].start]);
  for (const h of parseExceptionTable(code.co_exceptiontable.data)) entry.add(h.target);
  for (let k = 0; k < instrs.length; k++) {
    const ins = instrs[k];
    const t = jumpTarget(ins);
    if (t >= 0) entry.add(t);
    const op = ins.op;
    if ((op === Op.RESUME || op === Op.CALL || op === Op.CALL_KW || op === Op.CALL_FUNCTION_EX || op === Op.FOR_ITER || op === Op.SEND || SLOW.has(op) || HANDOFF.has(op)) && k + 1 < instrs.length) entry.add(instrs[k + 1].start);
    if (op === Op.FOR_ITER) entry.add(t - 1);
  }
  const startIndex = new Map<number, number>();
  instrs.forEach((ins, k) => startIndex.set(ins.start, k));
  const region = regions(instrs, startIndex);
  const nRegions = region[instrs.length - 1] + 1;
  /** The region of each instruction by offset (opcode and EXTENDED_ARG prefix), -1 elsewhere. */
  const RI = new Int32Array(code.units.length + 1).fill(-1);
  for (let k = 0; k < instrs.length; k++) {
    RI[instrs[k].start] = RI[instrs[k].at] = region[k];
    if (k > 0 && region[k] !== region[k - 1]) entry.add(instrs[k].start);
  }

  // For each call instruction (by offset) that can call a compiled function directly: the stack depth
  // once the call is done, less its result, and the instruction after it.
  const callBase = new Int32Array(code.units.length);
  const callNext = new Int32Array(code.units.length);
  const consts: unknown[] = [];
  /** The native method a LOAD_ATTR's fast path may have put at a stack slot, by slot (a hint for CALL). */
  const nativeMethodAt = new Map<number, unknown>();
  // Constants (the code object's, and the objects `consts` collects) are read through variables of
  // the enclosing scope, C_i and K_i, set once: a context slot's load has no type feedback to miss,
  // where an array element's load (C[i]) has its own at each place, and one first run after V8
  // optimized the function (say the `return None` after a long loop) would deoptimize it.
  const constIndex = (v: unknown): string => {
    let i = consts.indexOf(v);
    if (i < 0) i = consts.push(v) - 1;
    return `C_${i}`;
  };
  const usedK = new Set<number>();
  const names = code.co_names.items as readonly string[];
  const s = (i: number): string => `s${i}`;
  const spill = (d: number): string => {
    let t = '';
    for (let i = 0; i < d; i++) t += `L[${NL + i}] = s${i}; `;
    return t;
  };
  const regionLines: string[][] = [];
  for (let r = 0; r < nRegions; r++) regionLines.push([]);
  let lines = regionLines[0];
  let cur = 0;
  /** The frame's stack into s0, s1, ... (at entry, and at a handler the frame's unwinding found). */
  // Every slot, whatever the depth (those above it hold undefined or values no instruction reads):
  // loads that always run give V8 type feedback, where loads taken only at some depths would leave
  // it none, and optimized code would deoptimize when one is first taken.
  let load = '';
  for (let i = 0; i < maxDepth; i++) load += `s${i} = L[${NL + i}]; `;
  /** s0, s1, ... into the frame's stack, up to a depth `d` known only at run time. */
  let storeToD = '';
  for (let i = 0; i < maxDepth; i++) storeToD += ` L[${NL + i}] = d > ${i} ? s${i} : undefined;`;
  /** Goes on at the handler the unwinding found (in the interpreter if that turned tracing on). */
  // (The switch's case HANDLER, shared by every place that found a handler.)
  const atHandler = `pc = ${HANDLER}; continue loop;`;
  const emit = (t: string): void => {
    lines.push(t);
  };
  /**
   * Leaves with status `st`, the frame stored at depth d and pc (and lasti when >= 0), after `pre`.
   * Every such exit goes through the one store at the end of the function (`out`): the exits taken
   * rarely (the eval breaker's, a callee's stop) then need no type feedback of their own, which V8
   * would otherwise lack the first time one is taken in optimized code, and deoptimize for.
   */
  // (For the same reason the flags are tested for truth, `if (gcLive.count)`: a comparison has type
  // feedback of its own at each place, a truth test none.)
  const exitTo = (d: number, pc: number, st: number, lasti = -1, pre = ''): string =>
    `{ ${pre}xd = ${d}; xpc = ${pc}; xl = ${lasti}; xs = ${st}; break out; }`;
  /** Leaves to the interpreter at instruction `at` (not yet executed), depth d. */
  const bail = (ins: Instr, d: number): string => exitTo(d, ins.start, JIT_INTERP);
  /** After an instruction that may have run Python code (depth d after it): the interpreter goes on at `next` if monitoring came on. */
  const monitorCheck = (d: number, next: number): string => `if (monitoring.active) ${exitTo(d, next, JIT_INTERP)}`;
  // A direct JS call of frame `f`'s compiled code (see the CALL case): the recursion check (`undo`
  // first when it fails), the frame linked as the loop's `break enter` links it, and, when the callee
  // stopped other than by returning or yielding (status `st`), this frame stored as at the call's
  // return (depth d, pc next) and the innermost frame handed to the loop.
  const checkDepth = (undo: string): string => `const ts = H.TS(); if (++ts.pyDepth > ts.recursionLimit) { ts.pyDepth--; ${undo}throw H.recursionLimitError(); } `;
  const linkFrame = `f.f_back = frame; f.state = ${FRAME_EXECUTING}; f.nest = frame.nest + 1; ts.frame = f; `;
  /**
   * Raises `exc` (an expression) at instruction `ins`, depth d before it, without a JS throw: unwound
   * to the frame's handler there as the loop would, or out of the frame (JIT_RAISE).
   */
  const raiseHere = (ins: Instr, d: number, exc: string): string =>
    findHandler(code, ins.at) !== null
      ? `{ const e = ${exc}; ${spill(d)}frame.sp = ${NL + d}; frame.lasti = ${ins.at}; H.jitCatch(frame, ${ins.at}, e, false); ${atHandler} }`
      : exitTo(d, ins.next, JIT_RAISE, -1, `jitState.exc = ${exc}; jitState.reraise = false; jitState.raiseAt = ${ins.at}; frame.lasti = ${ins.at}; `);
  const stopNested = (d: number, next: number): string => exitTo(d, next, JIT_NESTED, -1, 'xf = f; xst = st; ');
  /**
   * A generator frame `f` resumed by a JS call stopped with status `st` (FOR_ITER, SEND): a yield or
   * a return finishes the instruction here, the value into `into` and a return going on with
   * `onReturn`; any other stop hands the innermost frame to the loop (this frame at depth d, pc next).
   */
  const genStopped = (into: string, onReturn: string, d: number, next: number): string =>
    `const done = st === ${JIT_RETURN}; if (done || st === ${JIT_YIELD}) { ${into} = jitState.value; jitState.value = undefined; ` +
    `f.state = done ? ${FRAME_COMPLETED} : jitState.yieldOparg & 1 ? ${FRAME_SUSPENDED_YIELD_FROM} : ${FRAME_SUSPENDED}; ts.frame = frame; ts.pyDepth--; H.genLeaveInline(f, done); frame.returnOffset = 0; if (done) ${onReturn} } ` +
    `else ${stopNested(d, next)}`;
  // A frame `f` called directly at `at` raised where it has no handler (JIT_RAISE): popped, and the
  // exception goes on here, depth d once the call's operands are gone: at this frame's handler if it
  // has one there, else out of this frame the same way.
  const raisedIn = (at: number, d: number, next: number): string => {
    let t = `if (st === ${JIT_RAISE}) { const exc = H.jitPopRaised(f); `;
    if (findHandler(code, at) !== null) t += `${spill(d)}frame.sp = ${NL + d}; H.jitHandle(frame, ${at}, exc); ${atHandler} } `;
    else t += `${exitTo(d, next, JIT_RAISE, -1, `jitState.exc = exc; jitState.raiseAt = ${at}; jitState.reraise = false; `)} } `;
    return t;
  };

  for (let k = 0; k < instrs.length; k++) {
    const ins = instrs[k];
    const d = depth[ins.at];
    // Unreachable as far as the analysis sees (dead code; targets of jumps it does not follow): the
    // interpreter runs it if it ever is reached (the switch's default).
    if (d < 0) continue;
    if (region[k] !== cur) {
      // The next region: what falls through goes on there.
      emit(exitTo(d, ins.start, JIT_GOTO));
      cur = region[k];
      lines = regionLines[cur];
    }
    if (entry.has(ins.start)) emit(`case ${ins.start}:`);
    const { op, oparg, at, next } = ins;
    const top = s(d - 1);
    const T = jumpTarget(ins);
    const go = (target: number): string =>
      RI[target] === cur || !startIndex.has(target) ? `{ pc = ${target}; continue loop; }` : exitTo(depth[instrs[startIndex.get(target)!].at], target, JIT_GOTO);
    switch (op) {
      case Op.CACHE:
      case Op.NOP:
      case Op.NOT_TAKEN:
        break;
      case Op.LOAD_FAST:
      case Op.LOAD_FAST_BORROW:
        emit(`${s(d)} = L[${oparg}];`);
        break;
      case Op.LOAD_FAST_CHECK:
        emit(`${s(d)} = L[${oparg}]; if (${s(d)} === undefined) ${raiseHere(ins, d, `H.unboundLocal(code, ${oparg})`)}`);
        break;
      case Op.LOAD_FAST_LOAD_FAST:
      case Op.LOAD_FAST_BORROW_LOAD_FAST_BORROW:
        emit(`${s(d)} = L[${oparg >>> 4}]; ${s(d + 1)} = L[${oparg & 15}];`);
        break;
      case Op.LOAD_FAST_AND_CLEAR:
        emit(`${s(d)} = L[${oparg}]; L[${oparg}] = undefined;`);
        break;
      case Op.STORE_FAST:
        emit(`if (gcLive.count) ${bail(ins, d)} L[${oparg}] = ${top};`);
        break;
      case Op.DELETE_FAST:
        emit(`if (gcLive.count) ${bail(ins, d)} if (L[${oparg}] === undefined) ${raiseHere(ins, d, `H.unboundLocal(code, ${oparg})`)} L[${oparg}] = undefined;`);
        break;
      case Op.STORE_FAST_LOAD_FAST:
        emit(`L[${oparg >>> 4}] = ${top}; ${top} = L[${oparg & 15}];`);
        break;
      case Op.STORE_FAST_STORE_FAST:
        emit(`L[${oparg >>> 4}] = ${top}; L[${oparg & 15}] = ${s(d - 2)};`);
        break;
      case Op.LOAD_CONST:
        usedK.add(oparg);
        emit(`${s(d)} = K_${oparg};`);
        break;
      case Op.LOAD_SMALL_INT:
        emit(`${s(d)} = ${oparg};`);
        break;
      case Op.POP_TOP:
      case Op.POP_ITER:
      case Op.END_FOR:
        emit(`if (gcLive.count) ${bail(ins, d)}`);
        break;
      case Op.PUSH_NULL:
        emit(`${s(d)} = undefined;`);
        break;
      case Op.COPY:
        emit(`${s(d)} = ${s(d - oparg)};`);
        break;
      case Op.SWAP:
        emit(`{ const t = ${top}; ${top} = ${s(d - oparg)}; ${s(d - oparg)} = t; }`);
        break;
      case Op.RESUME:
        emit(`if (--evalBreaker.counter <= 0) ${exitTo(d, next, JIT_SLICE, at)}`);
        break;
      case Op.BINARY_OP: {
        const a = s(d - 2);
        const b = top;
        emit(`at = ${at};`);
        let ints: string;
        if (oparg === 0 || oparg === 13) ints = `{ const t = ${a} + ${b}; ${a} = t <= MAX_SAFE && t >= -MAX_SAFE ? t : H.intAdd(${a}, ${b}); }`;
        else if (oparg === 10 || oparg === 23) ints = `{ const t = ${a} - ${b}; ${a} = t <= MAX_SAFE && t >= -MAX_SAFE ? t : H.intSub(${a}, ${b}); }`;
        else if (oparg === 5 || oparg === 18) ints = `${a} = H.intMul(${a}, ${b});`;
        else ints = `${a} = H.intArith(${oparg}, ${a}, ${b});`;
        let rest = '';
        if (oparg <= 24) rest += ` else if (${a} instanceof PyFloat || ${b} instanceof PyFloat) ${a} = H.floatArith(${oparg}, ${a}, ${b});`;
        if (oparg === 26) {
          rest += ` else if (${a} instanceof PyDict && ${a}.ob_type === DictType) { const v = ${a}.get(${b}); if (v === undefined) ${raiseHere(ins, d, `H.keyError(${b})`)} ${a} = v; }`;
          rest += ` else if (${a} instanceof PyList && typeof ${b} === 'number' && ${a}.ob_type === ListType) { const items = ${a}.items; const i = ${b} < 0 ? ${b} + items.length : ${b}; ${a} = i >= 0 && i < items.length ? items[i] : H.binaryOp(26, ${a}, ${b}); }`;
        }
        if (oparg === 0 || oparg === 13) rest += ` else if (typeof ${a} === 'string' && typeof ${b} === 'string') ${a} = ${a} + ${b};`;
        emit(`if (typeof ${a} === 'number' && typeof ${b} === 'number') ${ints}${rest} else ${a} = H.binaryOp(${oparg}, ${a}, ${b});`);
        break;
      }
      case Op.COMPARE_OP: {
        const a = s(d - 2);
        const b = top;
        const js = COMPARE_JS[oparg >>> 5];
        emit(`at = ${at};`);
        emit(
          `if (typeof ${a} === 'number' && typeof ${b} === 'number') ${a} = ${a} ${js} ${b}; ` +
            `else if (${a} instanceof PyFloat && ${a}.ob_type === FloatType && ${b} instanceof PyFloat && ${b}.ob_type === FloatType) ${a} = ${a}.value ${js} ${b}.value; ` +
            `else ${a} = H.compareOp(${oparg}, ${a}, ${b});`,
        );
        break;
      }
      case Op.IS_OP:
        emit(`${s(d - 2)} = ${s(d - 2)} ${oparg === 1 ? '!==' : '==='} ${top};`);
        break;
      case Op.TO_BOOL:
        emit(`at = ${at}; if (typeof ${top} !== 'boolean') ${top} = H.toBool(${top});`);
        break;
      case Op.UNARY_NOT:
        emit(`${top} = !${top};`);
        break;
      case Op.POP_JUMP_IF_FALSE:
        emit(`at = ${at}; if (${top} === false || (${top} !== true && !H.PyObject_IsTrue(${top}))) ${go(T)}`);
        break;
      case Op.POP_JUMP_IF_TRUE:
        emit(`at = ${at}; if (${top} === true || (${top} !== false && H.PyObject_IsTrue(${top}))) ${go(T)}`);
        break;
      case Op.POP_JUMP_IF_NONE:
        emit(`if (${top} === None) ${go(T)}`);
        break;
      case Op.POP_JUMP_IF_NOT_NONE:
        emit(`if (${top} !== None) ${go(T)}`);
        break;
      case Op.JUMP_FORWARD:
      case Op.JUMP_BACKWARD_NO_INTERRUPT:
        emit(go(T));
        break;
      case Op.JUMP_BACKWARD:
        emit(`if ((evalBreaker.counter -= ${loopWeight(oparg)}) <= 0) ${exitTo(d, T, JIT_SLICE, at)} ${go(T)}`);
        break;
      case Op.FOR_ITER: {
        const it = top;
        callBase[at] = d;
        callNext[at] = next;
        emit(`at = ${at};`);
        emit(
          `if (${it} instanceof PyRangeIter) { if (${it}.remaining > 0) { ${s(d)} = ${it}.next; ${it}.next += ${it}.step; ${it}.remaining--; } else ${go(T)} } ` +
            `else if (${it} instanceof PyListIter) { const l = ${it}.list; if (l !== null && ${it}.index < l.items.length) ${s(d)} = l.items[${it}.index++]; else { ${it}.list = null; ${go(T)} } } ` +
            // A generator is resumed as the interpreter's FOR_ITER_GEN does (its frame pushed, the exit
            // as the return offset): by a JS call when its code is compiled (a yield finishes the
            // instruction here, any other stop goes to the loop as a direct call's does), else in the loop.
            `else if (${it} instanceof PyGenObject && ${it}.ob_type === GeneratorType && ${it}.frame.state < 0 && !${it}.running) { const f = ${it}.frame; const j = f.f_code.jit; frame.lasti = ${at}; frame.returnOffset = ${oparg}; ` +
            `if (j !== null && frame.nest < ${JIT_MAX_NEST} && !gcLive.count && !monitoring.active) { ` +
            checkDepth('frame.returnOffset = 0; ') +
            `H.genEnterInline(${it}); f.localsplus[f.sp++] = None; ${linkFrame}const st = j(f); ` +
            // Yielded, or returned (exhausted: the loop ends, the value dropped, where the interpreter
            // pushes it for the END_FOR at the target to pop): one piece of code for both, so that the
            // return, which comes once per loop, runs code V8 has type feedback for from the yields.
            // Every comparison of the status runs at every resumption (the raise's first), for the
            // same reason: a stop that comes first after V8 optimized this code then finds feedback.
            `${raisedIn(at, d, next)}${genStopped(s(d), go(T), d, next)} } ` +
            `else ${exitTo(d, next, JIT_CALL, -1, `H.jitHeat(f.f_code, 1); H.genEnterInline(${it}); f.localsplus[f.sp++] = None; callTarget.frame = f; `)} } ` +
            `else { frame.lasti = ${at}; const v = H.forIterNext(${it}); if (v === undefined) ${go(T)} ${s(d)} = v; }`,
        );
        break;
      }
      case Op.LOAD_GLOBAL: {
        const name = names[oparg >>> 1];
        const c = code.vmCache?.[at];
        emit(`at = ${at};`);
        if (ins.spec === Op.LOAD_GLOBAL_MODULE && c instanceof InlineCache) {
          const C = constIndex(c);
          emit(`{ const c = ${C}; const g = frame.f_globals; const i = c.index; ${s(d)} = g.keys[i] === c.name ? g.values[i] : H.loadGlobalMiss(frame, c, false); }`);
        } else if (ins.spec === Op.LOAD_GLOBAL_BUILTIN && c instanceof InlineCache) {
          const C = constIndex(c);
          emit(`{ const c = ${C}; const b = frame.f_builtins; const i = c.index; ${s(d)} = frame.f_globals.keysVersion === c.version && b.keys[i] === c.name ? b.values[i] : H.loadGlobalMiss(frame, c, true); }`);
        } else emit(`${s(d)} = H.loadGlobal(frame, ${JSON.stringify(name)});`);
        if (oparg & 1) emit(`${s(d + 1)} = undefined;`);
        break;
      }
      case Op.LOAD_DEREF:
        emit(`at = ${at}; { const v = L[${oparg}].ob_ref; ${s(d)} = v !== undefined ? v : H.loadDeref(code, ${oparg}); }`);
        break;
      case Op.BUILD_TUPLE:
      case Op.BUILD_LIST: {
        // The items array made as the interpreter's buildTuple/buildList make it (same V8 elements kind).
        const base = d - oparg;
        let t = `{ const a = new Array(${oparg});`;
        for (let i = 0; i < oparg; i++) t += ` a[${i}] = ${s(base + i)};`;
        emit(`${t} ${s(base)} = new ${op === Op.BUILD_TUPLE ? 'PyTuple' : 'PyList'}(a); }`);
        break;
      }
      case Op.LOAD_NAME:
      case Op.STORE_NAME: {
        // Module and class bodies: the interpreter's helpers, without runFramesSlow's round trip. A
        // locals mapping of the program's own may run Python code: monitoring is checked after.
        const check = monitorCheck(d - numPopped(op, oparg) + numPushed(op, oparg), next);
        const name = JSON.stringify(names[oparg]);
        if (op === Op.LOAD_NAME) emit(`at = ${at}; frame.lasti = ${at}; ${s(d)} = H.loadName(frame, ${name}); ${check}`);
        else emit(`if (gcLive.count) ${bail(ins, d)} at = ${at}; frame.lasti = ${at}; H.storeName(frame, ${name}, ${top}); ${check}`);
        break;
      }
      case Op.GET_ITER:
      case Op.CONTAINS_OP: {
        // What these call (__iter__, __contains__) may turn monitoring on: the interpreter goes on.
        const check = monitorCheck(d - numPopped(op, oparg) + numPushed(op, oparg), next);
        if (op === Op.GET_ITER) {
          emit(`at = ${at}; if (${top} instanceof PyList && ${top}.ob_type === ListType) ${top} = new PyListIter(${top}); else { ${top} = H.PyObject_GetIter(${top}); ${check} }`);
        } else {
          emit(`at = ${at}; ${s(d - 2)} = H.containsOp(${s(d - 2)}, ${top}) !== ${oparg === 1}; ${check}`);
        }
        break;
      }
      case Op.MAKE_CELL:
        emit(`L[${oparg}] = new PyCell(L[${oparg}]);`);
        break;
      // The interpreter's runFramesSlow instructions most common in loops, calling the same helpers with
      // no trip through the frame's stack array. Those that may run Python code (hashing, __format__,
      // __getitem__, __subclasscheck__, a descriptor's __get__) record the instruction first, and the
      // interpreter goes on after them if that turned monitoring on.
      case Op.SET_ADD:
        emit(`at = ${at}; frame.lasti = ${at}; H.setAdd(${s(d - 1 - oparg)}, ${top}); ${monitorCheck(d - 1, next)}`);
        break;
      case Op.UNARY_NEGATIVE:
        // An int (a JS number) other than 0, whose negation would be -0, negated here.
        emit(`if (typeof ${top} === 'number' && ${top} !== 0) ${top} = -${top}; else { at = ${at}; frame.lasti = ${at}; ${top} = H.unaryNegative(${top}); ${monitorCheck(d, next)} }`);
        break;
      case Op.UNARY_INVERT:
      case Op.CONVERT_VALUE: {
        const call = op === Op.UNARY_INVERT ? `H.unaryInvert(${top})` : `H.convertValue(${top}, ${oparg})`;
        emit(`at = ${at}; frame.lasti = ${at}; ${top} = ${call}; ${monitorCheck(d, next)}`);
        break;
      }
      case Op.CALL_INTRINSIC_1:
        emit(`at = ${at}; frame.lasti = ${at}; ${top} = H.callIntrinsic1(frame, ${oparg}, ${top}); ${monitorCheck(d, next)}`);
        break;
      case Op.GET_LEN:
        emit(`at = ${at}; frame.lasti = ${at}; ${s(d)} = H.getLen(${top}); ${monitorCheck(d + 1, next)}`);
        break;
      case Op.LIST_EXTEND:
      case Op.SET_UPDATE:
      case Op.DICT_UPDATE: {
        const fn = op === Op.LIST_EXTEND ? 'listExtend' : op === Op.SET_UPDATE ? 'setUpdate' : 'dictUpdate';
        emit(`at = ${at}; frame.lasti = ${at}; H.${fn}(${s(d - 1 - oparg)}, ${top}); ${monitorCheck(d - 1, next)}`);
        break;
      }
      case Op.DICT_MERGE:
        emit(`at = ${at}; frame.lasti = ${at}; H.dictMerge(${s(d - 4 - oparg)}, ${s(d - 1 - oparg)}, ${top}); ${monitorCheck(d - 1, next)}`);
        break;
      case Op.BUILD_SET:
      case Op.BUILD_MAP: {
        // Made and filled in order, as buildSet and buildMap do.
        const n = op === Op.BUILD_SET ? oparg : 2 * oparg;
        const base = d - n;
        let t = `at = ${at}; frame.lasti = ${at}; { const c = ${op === Op.BUILD_SET ? 'H.newSet()' : 'new PyDict()'};`;
        if (op === Op.BUILD_SET) for (let i = base; i < d; i++) t += ` H.setAdd(c, ${s(i)});`;
        else for (let i = base; i < d; i += 2) t += ` c.set(${s(i)}, ${s(i + 1)});`;
        emit(`${t} ${s(base)} = c; } ${monitorCheck(base + 1, next)}`);
        break;
      }
      case Op.STORE_GLOBAL:
        emit(`if (gcLive.count) ${bail(ins, d)} at = ${at}; frame.lasti = ${at}; H.storeGlobal(frame, ${JSON.stringify(names[oparg])}, ${top}); ${monitorCheck(d - 1, next)}`);
        break;
      case Op.MAP_ADD:
        emit(`at = ${at}; frame.lasti = ${at}; H.mapAdd(${s(d - 2 - oparg)}, ${s(d - 2)}, ${top}); ${monitorCheck(d - 2, next)}`);
        break;
      case Op.DELETE_SUBSCR:
        emit(`if (gcLive.count) ${bail(ins, d)} at = ${at}; frame.lasti = ${at}; H.deleteSubscr(${s(d - 2)}, ${top}); ${monitorCheck(d - 2, next)}`);
        break;
      case Op.LOAD_SPECIAL:
        emit(`at = ${at}; frame.lasti = ${at}; { const A = [${top}, undefined]; H.loadSpecial(A, 1, ${oparg}); ${top} = A[0]; ${s(d)} = A[1]; } ${monitorCheck(d + 1, next)}`);
        break;
      case Op.CHECK_EXC_MATCH:
        emit(`at = ${at}; frame.lasti = ${at}; ${top} = H.checkExcMatch(${s(d - 2)}, ${top}); ${monitorCheck(d, next)}`);
        break;
      case Op.PUSH_EXC_INFO:
        emit(`{ const info = H.TS().excInfo; const e = ${top}; ${top} = info.value; info.value = e; ${s(d)} = e; }`);
        break;
      case Op.POP_EXCEPT:
        emit(`if (gcLive.count) ${bail(ins, d)} H.TS().excInfo.value = ${top};`);
        break;
      case Op.BINARY_SLICE:
        emit(`at = ${at}; frame.lasti = ${at}; ${s(d - 3)} = H.binarySlice(${s(d - 3)}, ${s(d - 2)}, ${top}); ${monitorCheck(d - 2, next)}`);
        break;
      case Op.MAKE_FUNCTION:
        emit(`${top} = H.makeFunction(frame, ${top});`);
        break;
      case Op.SET_FUNCTION_ATTRIBUTE:
        emit(`H.setFunctionAttribute(${top}, ${s(d - 2)}, ${oparg}); ${s(d - 2)} = ${top};`);
        break;
      case Op.FORMAT_SIMPLE:
        emit(`if (typeof ${top} !== 'string') { at = ${at}; frame.lasti = ${at}; ${top} = H.formatSimple(${top}); ${monitorCheck(d, next)} }`);
        break;
      case Op.FORMAT_WITH_SPEC:
        emit(`at = ${at}; frame.lasti = ${at}; ${s(d - 2)} = H.formatWithSpec(${s(d - 2)}, ${top}); ${monitorCheck(d - 1, next)}`);
        break;
      case Op.BUILD_STRING: {
        const parts: string[] = [];
        for (let i = d - oparg; i < d; i++) parts.push(`(typeof ${s(i)} === 'string' ? ${s(i)} : H.strValue(${s(i)}))`);
        emit(`${s(d - oparg)} = ${oparg === 0 ? "''" : parts.join(' + ')};`);
        break;
      }
      case Op.LOAD_SUPER_ATTR: {
        // (super, class, self -- attr[, self or NULL]): the helper works on a stack of its own.
        let t = `at = ${at}; frame.lasti = ${at}; { const A = [${s(d - 3)}, ${s(d - 2)}, ${top}, undefined]; H.loadSuperAttr(frame, A, 3, ${oparg}, ${JSON.stringify(names[oparg >>> 2])}); ${s(d - 3)} = A[0];`;
        if (oparg & 1) t += ` ${s(d - 2)} = A[1];`;
        emit(`${t} } ${monitorCheck(d - 3 + (oparg & 1 ? 2 : 1), next)}`);
        break;
      }
      case Op.BUILD_SLICE:
        emit(`${s(d - oparg)} = new H.PySlice(${s(d - oparg)}, ${s(d - oparg + 1)}, ${oparg === 3 ? top : 'None'});`);
        break;
      case Op.COPY_FREE_VARS: {
        let t = '{ const cl = frame.f_func.func_closure.items;';
        for (let i = 0; i < oparg; i++) t += ` L[${NL - oparg + i}] = cl[${i}];`;
        emit(t + ' }');
        break;
      }
      case Op.STORE_DEREF:
        emit(`L[${oparg}].ob_ref = ${top};`);
        break;
      case Op.LOAD_ATTR: {
        const name = JSON.stringify(names[oparg >>> 1]);
        const c = code.vmCache?.[at];
        const owner = top;
        emit(`at = ${at};`);
        let fast = '';
        if (c instanceof InlineCache) {
          const C = constIndex(c);
          if (ins.spec === Op.LOAD_ATTR_WITH_HINT) {
            fast = `if (typeof ${owner} === 'object' && ${owner}.ob_type.tp_version_tag === ${C}.version) { const dd = ${owner}.ob_dict; if (dd != null && dd.keys[${C}.index] === ${C}.name) { ${owner} = dd.values[${C}.index];${oparg & 1 ? ` ${s(d)} = undefined;` : ''} break a${at}; } } `;
          } else if ((ins.spec === Op.LOAD_ATTR_METHOD_WITH_VALUES || ins.spec === Op.LOAD_ATTR_METHOD_NO_DICT) && oparg & 1) {
            fast = `if (typeof ${owner} === 'object' && ${owner}.ob_type.tp_version_tag === ${C}.version) { ${s(d)} = ${owner}; ${owner} = ${C}.obj; break a${at}; } `;
            if (c.obj instanceof (helpers!.PyMethodDescr as new () => object)) nativeMethodAt.set(d - 1, c.obj);
          } else if ((ins.spec === Op.LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES || ins.spec === Op.LOAD_ATTR_NONDESCRIPTOR_NO_DICT) && !(oparg & 1)) {
            fast = `if (typeof ${owner} === 'object' && ${owner}.ob_type.tp_version_tag === ${C}.version) { ${owner} = ${C}.obj; break a${at}; } `;
          } else if (ins.spec === Op.LOAD_ATTR_SLOT && !(oparg & 1)) {
            fast = `if (typeof ${owner} === 'object' && ${owner}.ob_type.tp_version_tag === ${C}.version) { const v = ${owner}.ob_slots[${C}.index]; if (v !== undefined) { ${owner} = v; break a${at}; } } `;
          } else if (ins.spec === Op.LOAD_ATTR_CLASS && !(oparg & 1)) {
            fast = `if (${owner} instanceof PyType && ${owner}.tp_version_tag === ${C}.version) { ${owner} = ${C}.obj; break a${at}; } `;
          } else if (ins.spec === Op.LOAD_ATTR_MODULE) {
            fast = `if (${owner} instanceof PyModule && ${owner}.ob_type === ModuleType) { const dd = ${owner}.ob_dict; if (dd.keys[${C}.index] === ${C}.name) { ${owner} = dd.values[${C}.index];${oparg & 1 ? ` ${s(d)} = undefined;` : ''} break a${at}; } } `;
          }
        }
        // A method of str on a str (the type is immutable: what the lookup finds now it always finds).
        const sm = oparg & 1 ? (helpers!.strMethod as (n: string) => unknown)(names[oparg >>> 1]) : null;
        if (sm !== null) {
          fast += `if (typeof ${owner} === 'string') { ${s(d)} = ${owner}; ${owner} = ${constIndex(sm)}; break a${at}; } `;
          nativeMethodAt.set(d - 1, sm);
        }
        const slow = oparg & 1
          ? `{ H.loadMethod(SCRATCH, 1, ${owner}, ${name}); ${owner} = SCRATCH[0]; ${s(d)} = SCRATCH[1]; SCRATCH[0] = SCRATCH[1] = undefined; }`
          : `${owner} = H.loadAttr(${owner}, ${name});`;
        emit(`a${at}: { ${fast}${slow} }`);
        break;
      }
      case Op.STORE_ATTR: {
        const name = JSON.stringify(names[oparg]);
        const c = code.vmCache?.[at];
        const owner = top;
        const v = s(d - 2);
        emit(`if (gcLive.count) ${bail(ins, d)} at = ${at};`);
        let fast = '';
        if (c instanceof InlineCache && ins.spec === Op.STORE_ATTR_WITH_HINT) {
          const C = constIndex(c);
          fast = `if (typeof ${owner} === 'object' && ${owner}.ob_type.tp_version_tag === ${C}.version) { const dd = ${owner}.ob_dict; if (dd != null && dd.keys[${C}.index] === ${C}.name) { dd.values[${C}.index] = ${v}; break a${at}; } } `;
        } else if (c instanceof InlineCache && ins.spec === Op.STORE_ATTR_SLOT) {
          const C = constIndex(c);
          fast = `if (typeof ${owner} === 'object' && ${owner}.ob_type.tp_version_tag === ${C}.version) { ${owner}.ob_slots[${C}.index] = ${v}; break a${at}; } `;
        }
        emit(`a${at}: { ${fast}H.storeAttr(${owner}, ${name}, ${v}); }`);
        break;
      }
      case Op.STORE_SUBSCR: {
        const sub = top;
        const cont = s(d - 2);
        const v = s(d - 3);
        emit(`if (gcLive.count) ${bail(ins, d)} at = ${at};`);
        emit(
          `a${at}: { if (${cont} instanceof PyList && typeof ${sub} === 'number' && ${cont}.ob_type === ListType) { const items = ${cont}.items; const i = ${sub} < 0 ? ${sub} + items.length : ${sub}; if (i >= 0 && i < items.length) { items[i] = ${v}; break a${at}; } } H.storeSubscr(${cont}, ${sub}, ${v}); }`,
        );
        break;
      }
      case Op.LIST_APPEND:
        emit(`at = ${at}; H.listAppend(${s(d - 1 - oparg)}, ${top});`);
        break;
      case Op.UNPACK_SEQUENCE: {
        const v = top;
        let tupleCase = '';
        for (let i = 0; i < oparg; i++) tupleCase += `${s(d - 1 + i)} = items[${oparg - 1 - i}]; `;
        let genericCase = `const A = [${v}]; H.unpackSequence(A, 1, ${oparg}); `;
        for (let i = 0; i < oparg; i++) genericCase += `${s(d - 1 + i)} = A[${i}]; `;
        emit(`at = ${at}; if (((${v} instanceof PyTuple && ${v}.ob_type === TupleType) || (${v} instanceof PyList && ${v}.ob_type === ListType)) && ${v}.items.length === ${oparg}) { const items = ${v}.items; ${tupleCase}} else { ${genericCase}}`);
        break;
      }
      case Op.CALL:
      case Op.CALL_KW: {
        const kw = op === Op.CALL_KW;
        const base = d - oparg - 2 - (kw ? 1 : 0);
        // Block p<at> finishes the call (break c<at>) or leaves a Python frame `f` to run: what follows
        // it then calls f's compiled code by a JS call (no trip through the loop), at most
        // JIT_MAX_NEST deep; if f returns, the call is done here; if it stops otherwise (a call of its
        // own through the loop, the eval breaker, a hand-over to the interpreter), this frame is
        // stored at the instruction after the call and the loop goes on with the innermost frame
        // (JIT_NESTED). f may be an __init__'s frame (initSelf set), whose instance is the call's
        // result, or a generator function's, whose generator is made here (genCreate: the frame is
        // never pushed).
        let t = `at = ${at}; frame.lasti = ${at}; c${at}: { let f; p${at}: { `;
        callBase[at] = base;
        callNext[at] = next;
        let run = `if (f.f_code.co_flags & ${GENERATOR_FLAGS}) { if (f.initSelf === undefined) { const ts = H.TS(); if (ts.pyDepth >= ts.recursionLimit) throw H.recursionLimitError(); const g = H.genCreate(f); if (g !== undefined) { ${s(base)} = g; break c${at}; } } } `;
        run += `else { const j = f.f_code.jit; if (j !== null && frame.nest < ${JIT_MAX_NEST} && !gcLive.count && !monitoring.active) { `;
        // (The raise tested first, as in FOR_ITER.)
        run += checkDepth('') + linkFrame + `const st = j(f); ${raisedIn(at, base, next)}`;
        run += `if (st === ${JIT_RETURN}) { const v = jitState.value; jitState.value = undefined; f.state = ${FRAME_COMPLETED}; ts.frame = frame; ts.pyDepth--; `;
        run += `if (f.initSelf !== undefined) { if (v !== None) throw H.initNotNone(v); ${s(base)} = f.initSelf; } else ${s(base)} = v; break c${at}; } `;
        run += `${stopNested(base, next)} } } `;
        run += exitTo(base, next, JIT_CALL, -1, 'H.jitHeat(f.f_code, 1); callTarget.frame = f; ');
        // A call specialized for one Python function: its frame, built here (as the interpreter's
        // CALL_PY_EXACT_ARGS and CALL_BOUND_METHOD_EXACT_ARGS do).
        const c = code.vmCache?.[at];
        if (!kw && c instanceof InlineCache && (ins.spec === Op.CALL_PY_EXACT_ARGS || ins.spec === Op.CALL_BOUND_METHOD_EXACT_ARGS)) {
          const co = c.obj as PyCode;
          callees?.add(co);
          const C = constIndex(co);
          const enter = (fn: string, first: string | null): string => {
            let e = `f = new Frame(${C}, ${fn}.func_globals, ${fn}.func_builtins, null, ${fn}); const lp = f.localsplus; `;
            let j = 0;
            if (first !== null) e += `lp[${j++}] = ${first}; `;
            for (let i = base + 2; i < d; i++) e += `lp[${j++}] = s${i}; `;
            return e + `break p${at};`;
          };
          const fn = s(base);
          const self = s(base + 1);
          if (ins.spec === Op.CALL_PY_EXACT_ARGS) {
            if (oparg === co.co_argcount) t += `if (${fn} instanceof PyFunction && ${fn}.func_code === ${C} && ${self} === undefined) { ${enter(fn, null)} } `;
            if (oparg + 1 === co.co_argcount) t += `if (${fn} instanceof PyFunction && ${fn}.func_code === ${C} && ${self} !== undefined) { ${enter(fn, self)} } `;
          } else if (oparg + 1 === co.co_argcount) {
            t += `if (${fn} instanceof PyMethod && ${self} === undefined) { const func = ${fn}.im_func; if (func instanceof PyFunction && func.func_code === ${C}) { ${enter('func', `${fn}.im_self`)} } } `;
          }
        }
        // Instance creation with a Python __init__ (CALL_ALLOC_AND_ENTER_INIT): the instance is made
        // here and __init__'s frame pushed; the loop gives the instance as the call's result.
        if (!kw && c instanceof InlineCache && ins.spec === Op.CALL_ALLOC_AND_ENTER_INIT) {
          const init = c.obj as { func_code: PyCode };
          callees?.add(init.func_code);
          if (exactArgs(init.func_code, oparg + 1)) {
            const C = constIndex(c);
            const tp = s(base);
            let e = `const init = ${C}.obj; const self = H.allocObject(${tp}); f = new Frame(init.func_code, init.func_globals, init.func_builtins, null, init); const lp = f.localsplus; lp[0] = self; `;
            for (let i = base + 2, j = 1; i < d; i++, j++) e += `lp[${j}] = s${i}; `;
            e += `f.initSelf = self; break p${at};`;
            t += `if (${tp} instanceof PyType && ${tp}.tp_version_tag === ${C}.version && ${s(base + 1)} === undefined) { ${e} } `;
          }
        }
        // Calls of len(), isinstance() and list.append specialized as the interpreter's CALL_LEN,
        // CALL_ISINSTANCE and CALL_LIST_APPEND (guarded by the callable the cache holds).
        let native = '';
        if (!kw && c instanceof InlineCache) {
          const F = constIndex(c.obj);
          const fn = s(base);
          if (ins.spec === Op.CALL_LEN && oparg === 1) {
            native = `if (${fn} === ${F} && ${s(base + 1)} === undefined) { ${s(base)} = H.builtinLen(${s(base + 2)}); break c${at}; } `;
          } else if (ins.spec === Op.CALL_ISINSTANCE && oparg === 2) {
            native = `if (${fn} === ${F} && ${s(base + 1)} === undefined) { ${s(base)} = H.PyObject_IsInstance(${s(base + 2)}, ${s(base + 3)}); break c${at}; } `;
          } else if ((ins.spec === Op.CALL_STR_1 || ins.spec === Op.CALL_TUPLE_1 || ins.spec === Op.CALL_TYPE_1) && oparg === 1) {
            const f = ins.spec === Op.CALL_STR_1 ? 'PyObject_StrObject' : ins.spec === Op.CALL_TUPLE_1 ? 'exactTupleOf' : 'typeOf';
            native = `if (${fn} === ${F} && ${s(base + 1)} === undefined) { ${s(base)} = H.${f}(${s(base + 2)}); break c${at}; } `;
          } else if (ins.spec === Op.CALL_LIST_APPEND && oparg === 1) {
            native = `if (${fn} === ${F} && ${s(base + 1)} instanceof PyList && ${s(base + 1)}.ob_type === ListType) { ${s(base + 1)}.items.push(${s(base + 2)}); ${s(base)} = None; break c${at}; } `;
          }
        }
        // A native method on an object of its own type (a str, or the exact type of a heap object) as
        // LOAD_ATTR's fast paths above load it: its implementation called here, bound as
        // callNativeStack binds it, when that needs no check.
        const sm = nativeMethodAt.get(base) as { sig: unknown; impl: unknown; d_type: unknown } | undefined;
        if (!kw && sm instanceof (helpers!.PyMethodDescr as new () => object)) {
          const shape = (helpers!.fastNativeShape as (sig: unknown, n: number) => { bound: boolean; defaults: unknown[] } | null)(sm.sig, oparg);
          if (shape !== null) {
            const args: string[] = [];
            if (shape.bound) args.push(s(base + 1));
            for (let i = base + 2; i < d; i++) args.push(s(i));
            for (const v of shape.defaults) args.push(constIndex(v));
            const self = s(base + 1);
            const guard = sm.d_type === (helpers!.strType as unknown) ? `typeof ${self} === 'string'` : `typeof ${self} === 'object' && ${self}.ob_type === ${constIndex(sm.d_type)}`;
            native += `if (${s(base)} === ${constIndex(sm)} && ${guard}) { const r = ${constIndex(sm.impl)}(${args.join(', ')}); ${s(base)} = r === undefined ? None : r; break c${at}; } `;
          }
        }
        t += native;
        for (let i = base; i < d - (kw ? 1 : 0); i++) t += `L[${NL + i}] = s${i}; `;
        t += `{ const r = H.callAny(L, ${NL + base}, ${NL + d - (kw ? 1 : 0)}, ${kw ? `${top}.items` : 'null'}); `;
        // A Python function's frame to push (callTarget.frame), an __init__'s with its instance.
        t += `if (r !== undefined) { ${s(base)} = r; break c${at}; } f = callTarget.frame; } } ${run}}`;
        // What it called may have turned tracing on (sys.settrace): the interpreter goes on.
        t += ` ${monitorCheck(base + 1, next)}`;
        emit(t);
        break;
      }
      case Op.RETURN_VALUE:
        // evalFrame finishes the return of an entry frame (runCompiledEntry); in the loop the
        // interpreter's RETURN_VALUE does, with the value put back; a generator resumed by a compiled
        // FOR_ITER, that FOR_ITER.
        emit(`if (gcLive.count) ${bail(ins, d)} frame.sp = ${NL + d - 1}; frame.pc = ${next}; frame.lasti = ${at}; jitState.value = ${top}; return ${JIT_RETURN};`);
        break;
      case Op.YIELD_VALUE:
        // The loop, or evalFrame for a generator resumed from native code, finishes the yield.
        emit(`if (gcLive.count) ${bail(ins, d)} ${exitTo(d - 1, next, JIT_YIELD, at, `jitState.value = ${top}; jitState.yieldOparg = ${oparg}; `)}`);
        break;
      case Op.RAISE_VARARGS:
      case Op.RERAISE:
        // Caught in this frame: raised here (the interpreter's RAISE_VARARGS and RERAISE) and unwound
        // to the handler as the loop does, with no JS throw (a JS throw costs ~1 us).
        if (findHandler(code, at) !== null) {
          let t = `at = ${at}; `;
          if (op === Op.RAISE_VARARGS) {
            const cause = oparg === 2 ? top : 'undefined';
            const exc = oparg === 2 ? s(d - 2) : oparg === 1 ? top : 'undefined';
            t += `frame.lasti = ${at}; { const r = H.doRaise(${exc}, ${cause}); ${spill(d)}frame.sp = ${NL + d}; H.jitCatch(frame, ${at}, r.exc, r.reraise); } `;
          } else {
            // With an oparg, f_lasti goes back to where the exception was first raised.
            const lasti = oparg ? `(typeof ${s(d - 1 - oparg)} === 'number' ? ${s(d - 1 - oparg)} : ${at})` : `${at}`;
            t += `frame.lasti = ${lasti}; ${spill(d)}frame.sp = ${NL + d}; H.jitCatch(frame, ${at}, ${top}, true); `;
          }
          emit(t + atHandler);
          break;
        }
        // Else the frame stops with the exception for its caller to unwind (JIT_RAISE).
        if (op === Op.RAISE_VARARGS) {
          const cause = oparg === 2 ? top : 'undefined';
          const exc = oparg === 2 ? s(d - 2) : oparg === 1 ? top : 'undefined';
          emit(`at = ${at}; frame.lasti = ${at}; { const r = H.doRaise(${exc}, ${cause}); ${exitTo(d - oparg, next, JIT_RAISE, -1, `jitState.exc = r.exc; jitState.reraise = r.reraise; jitState.raiseAt = ${at}; `)} }`);
        } else {
          const lasti = oparg ? `(typeof ${s(d - 1 - oparg)} === 'number' ? ${s(d - 1 - oparg)} : ${at})` : `${at}`;
          emit(`frame.lasti = ${lasti}; ${exitTo(d - 1, next, JIT_RAISE, -1, `jitState.exc = ${top}; jitState.reraise = true; jitState.raiseAt = ${at}; `)}`);
        }
        break;
      case Op.SEND: {
        // await / yield from: a suspended generator or coroutine is resumed as the interpreter's
        // SEND_GEN resumes it (the value sent pushed on its frame, the jump as the return offset): by
        // a JS call when its code is compiled, a yield leaving the yielded value as SEND's result here,
        // a return jumping to the target with the return value; any other stop goes to the loop as a
        // direct call's does; an uncompiled one runs in the loop.  Anything else: genSend.
        const recv = s(d - 2);
        const v = top;
        const T2 = jumpTarget(ins);
        callBase[at] = d - 1;
        callNext[at] = next;
        emit(
          `at = ${at}; frame.lasti = ${at}; ` +
            `if (${recv} instanceof PyGenObject && ${recv}.frame.state < 0 && !${recv}.running && (${v} === None || ${recv}.frame.state !== ${FRAME_CREATED})) { ` +
            `const f = ${recv}.frame; const j = f.f_code.jit; frame.returnOffset = ${oparg}; H.genEnterInline(${recv}); f.localsplus[f.sp++] = ${v}; ${v} = undefined; ` +
            `const ts = H.TS(); if (j !== null && frame.nest < ${JIT_MAX_NEST} && !gcLive.count && !monitoring.active && ts.pyDepth < ts.recursionLimit) { ts.pyDepth++; ` +
            `${linkFrame}const st = j(f); ${raisedIn(at, d - 1, next)}${genStopped(v, go(T2), d - 1, next)} } ` +
            `else ${exitTo(d - 1, next, JIT_CALL, -1, `H.jitHeat(f.f_code, 1); callTarget.frame = f; `)} } ` +
            `else { const r = H.genSend(${recv}, ${v}); ${v} = r.value; if (r.done) ${go(T2)} } ${monitorCheck(d, next)}`,
        );
        break;
      }
      case Op.CLEANUP_THROW: {
        // The interpreter's CLEANUP_THROW: StopIteration's value, or the exception re-raised.
        const exc = top;
        let t = `at = ${at}; if (!(${exc} instanceof PyStopIteration)) { frame.lasti = ${at}; `;
        if (findHandler(code, at) !== null) t += `${spill(d)}frame.sp = ${NL + d}; H.jitCatch(frame, ${at}, ${exc}, true); ${atHandler} } `;
        else t += `${exitTo(d - 1, next, JIT_RAISE, -1, `jitState.exc = ${exc}; jitState.reraise = true; jitState.raiseAt = ${at}; `)} } `;
        emit(`${t}${s(d - 3)} = None; ${s(d - 2)} = ${exc}.value; ${exc} = undefined;`);
        break;
      }
      case Op.CALL_FUNCTION_EX: {
        // f(*args, **kwargs): a Python function's frame goes to the loop to push (as the
        // interpreter's CALL_FUNCTION_EX pushes it); anything else is called here.
        const fn = s(d - 4);
        const args = `${s(d - 3)}, ${s(d - 2)}, ${s(d - 1)}`;
        const clear = `${s(d - 3)} = ${s(d - 2)} = ${s(d - 1)} = undefined;`;
        emit(
          `at = ${at}; frame.lasti = ${at}; if (${fn} instanceof PyFunction) { const a = H.exCallArgs(${fn}, ${args}); ` +
            `const f = H.prepareCall(${fn}, a.args, 0, a.args.length - (a.kwnames === null ? 0 : a.kwnames.length), a.kwnames); ${clear} ` +
            `${exitTo(d - 4, next, JIT_CALL, -1, 'H.jitHeat(f.f_code, 1); callTarget.frame = f; ')} } ` +
            `${fn} = H.callFunctionEx(${fn}, ${args}); ${clear} ${monitorCheck(d - 3, next)}`,
        );
        break;
      }
      case Op.RETURN_GENERATOR:
        // The interpreter runs it (frame switches in one place).
        emit(bail(ins, d));
        break;
      default: {
        // SLOW: the interpreter's out-of-line implementation, on the frame's stack array.
        const after = d - numPopped(op, oparg) + numPushed(op, oparg);
        let t = `at = ${at}; ${spill(d)}{ const r = H.runFramesSlow(frame, ${op}, ${oparg}, L, ${NL + d}, ${at}); `;
        t += `if (r < 0) { frame.sp = ~r; frame.pc = ${next}; frame.lasti = ${at}; return ${JIT_CALL}; } `;
        for (let i = 0; i < after; i++) t += `s${i} = L[${NL + i}]; `;
        t += `if (monitoring.active) { frame.sp = ${NL + after}; frame.pc = ${next}; return ${JIT_INTERP}; } }`;
        emit(t);
      }
    }
  }

  let decl = 'let pc = frame.pc; let at = -1; let xd = 0; let xpc = 0; let xl = -1; let xs = 0; let xf = null; let xst = 0;';
  for (let i = 0; i < maxDepth; i++) decl += ` let s${i};`;
  // The innermost compiled frame an exception passes through records where it was raised; a frame
  // it passes through after that called the raising one directly (at `at`): it is stored as it is
  // when such a call stops (JIT_NESTED), at the instruction after the call with the callable and
  // arguments gone, for the raising frame may handle the exception and return to it.
  // A frame with handlers first tries its own (jitCatch, the loop's unwinding), and goes on at the
  // handler.
  const hasHandlers = code.co_exceptiontable.data.length > 0;
  let spillAll = `{ const inner = jitState.lasti >= 0; const d = at < 0 ? frame.sp - NL : inner ? CALL_BASE[at] : DEPTH[at];`;
  spillAll += `${storeToD} frame.sp = ${NL} + d;`;
  if (hasHandlers) spillAll += ` if (H.jitCatch(frame, at, e, false)) { ${atHandler} }`;
  spillAll += ` if (!inner) { jitState.lasti = at < 0 ? frame.lasti : at; jitState.excFrame = frame; } else frame.pc = CALL_NEXT[at]; }`;

  let tail = `{ const d = xd;${storeToD} } frame.sp = ${NL} + xd; frame.pc = xpc; if (xl >= 0) frame.lasti = xl;`;
  // A callee called directly stopped (status xst): the innermost frame for the loop, unless a frame
  // it called directly already is.
  tail += ` if (xs === ${JIT_NESTED} && xst !== ${JIT_NESTED}) { jitState.inner = xf; jitState.innerStatus = xst; } return xs;`;

  const fnName = `py_${code.co_name.replace(/[^A-Za-z0-9_]/g, '_')}`;
  let src =
    `const { ${Object.keys(helpers).join(', ')} } = H;\n` +
    `const MAX_SAFE = Number.MAX_SAFE_INTEGER; const NL = ${NL};\n` +
    // loadMethod's two results: it writes them after whatever Python code the lookup ran, and they
    // are read at once, so one array serves every compiled function.
    `const SCRATCH = H.jitScratch;\n`;
  for (let i = 0; i < consts.length; i++) src += `const C_${i} = C[${i}];\n`;
  for (const i of usedK) src += `const K_${i} = K[${i}];\n`;
  for (let r = 0; r < nRegions; r++) {
    const body = [
      'const L = frame.localsplus;',
      decl,
      load,
      'out: {',
      // The try statement inside the loop only where the except clause may go on at a handler.
      hasHandlers ? 'loop: for (;;) try {' : 'try { loop: for (;;) {',
      'switch (pc) {',
      hasHandlers ? `case ${HANDLER}: if (monitoring.active || gcLive.count) return ${JIT_INTERP}; ${load}pc = frame.pc; continue loop;` : '',
      `case ${JIT_PROBE_NESTED}: ${exitTo(maxDepth, 0, JIT_NESTED, 0, 'xst = 0; ')}`,
      `case ${JIT_PROBE_INTERP}: ${exitTo(maxDepth, 0, JIT_INTERP)}`,
      ...regionLines[r],
      // An instruction of another region (a handler there), or one not translated.
      `default: { frame.pc = pc; return RI[pc] >= 0 && RI[pc] !== ${r} ? ${JIT_GOTO} : ${JIT_INTERP}; }`,
      '}',
      hasHandlers ? '} catch (e) {' : '} } catch (e) {',
      spillAll,
      'throw e;',
      '}',
      '}',
      tail,
    ].join('\n');
    src += `function ${fnName}${nRegions > 1 ? `_${r}` : ''}(frame) {\n${body.replace(/\bH\./g, '')}\n}\n`;
  }
  // Several regions: the compiled function runs the one holding frame.pc, then the next one control
  // went to, until it leaves.
  if (nRegions === 1) src += `H.jitProbe(code, [${fnName}]);\nreturn ${fnName};`;
  else {
    src += `const R = [${Array.from({ length: nRegions }, (_, r) => `${fnName}_${r}`).join(', ')}];\nH.jitProbe(code, R);\n`;
    src += `return function ${fnName}(frame) { let st; do { const r = RI[frame.pc]; if (r < 0) return ${JIT_INTERP}; st = R[r](frame); } while (st === ${JIT_GOTO}); return st; };`;
  }
  if (jitMode() === 'dump') process.stderr.write(`[jit-src] ${code.co_qualname} ${src.length}\n${src}\n[/jit-src]\n`);
  try {
    // eslint-disable-next-line no-new-func
    const make = new Function('H', 'code', 'K', 'C', 'DEPTH', 'CALL_BASE', 'CALL_NEXT', 'RI', 'jitState', src) as (...a: unknown[]) => JitFn;
    return make(helpers, code, code.co_consts.items, consts, depth, callBase, callNext, RI, jitState);
  } catch {
    // No code generation here (a Content-Security-Policy without 'unsafe-eval'): interpret.
    return null;
  }
}

