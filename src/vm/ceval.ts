// The evaluation loop.  CPython: Python/ceval.c _PyEval_EvalFrameDefault, Python/bytecodes.c
//
// One JS activation of evalFrame runs a chain of Python frames: a call to a Python function pushes
// a frame and continues in the same loop, a return pops it, so Python recursion costs no JS stack.
// The loop keeps the running frame's hot state (pc, sp, the code units, localsplus) in locals and
// writes it back to the frame before anything that can observe or switch frames.
// Inline cases are the short, hot ones; everything else is one call into vm/ops/.
// Jump arguments are relative to the instruction after the inline cache entries, as in CPython.
//
// Instructions specialize themselves as CPython 3.14's do (vm/specialize.ts): a generic instruction
// counts down in its first cache unit and then rewrites itself into a specialized form for the
// operands it saw; a specialized form checks its guard, and on a miss rewrites itself back and does
// the generic instruction's work out of line (the *Miss helpers, callAny).
// Calls of Python functions, and generators resumed by FOR_ITER/SEND, leave the switch with
// `break enter` and `callee` set: the frame is pushed below the switch, in one place.

import { None, type PyValue } from '../objects/object.ts';
import { Op, INLINE_CACHE_ENTRIES } from '../bytecode/opcodes.generated.ts';
import { tstate } from './thread-state.ts';
import { Frame, FrameState } from './frame.ts';
import { PyFunction, PyMethod } from '../objects/function.ts';
import { PyFloat, FloatType } from '../objects/float.ts';
import { PyList, PyListIter } from '../objects/list.ts';
import { PyTuple, TupleType, exactTupleOf } from '../objects/tuple.ts';
import { intAdd, intSub, intMul, intFloorDiv, intMod, intTrueDiv, intAnd, intOr, intXor } from '../objects/int.ts';
import { PyObject_IsTrue, PyIter_Next, PyObject_GetIter } from '../objects/abstract.ts';
import { PyObject_StrObject } from '../objects/slotdefs.ts';
import { typeOf, PRIMITIVE_TYPES } from '../objects/type.ts';
import { recursionError, keyError, systemError, type PyBaseException } from '../objects/exceptions.ts';
import { strValue } from '../objects/boxes.ts';
import { PySlice } from '../objects/slice.ts';
import { PyDict } from '../objects/dict.ts';
import { DictType } from '../objects/dict-type.ts';
import { prepareCall, callNonPy, callFunctionEx } from './ops/call.ts';
import { binaryOp, compareOp, toBool, unaryNegative, unaryInvert, containsOp, binarySlice, storeSlice, storeSubscr, deleteSubscr } from './ops/number.ts';
import { newSet } from '../objects/set-type.ts';
import {
  loadGlobal,
  loadGlobalMiss,
  loadName,
  storeName,
  deleteName,
  storeGlobal,
  deleteGlobal,
  loadDeref,
  loadFromDictOrDeref,
  loadFromDictOrGlobals,
  unboundLocal,
  loadLocals,
  deleteFast,
} from './ops/names.ts';
import { loadAttr, loadMethod, storeAttr, deleteAttr, loadSuperAttr, loadSpecial, loadAttrMiss, storeAttrMiss } from './ops/attr.ts';
import {
  buildTuple,
  buildList,
  buildSet,
  buildMap,
  buildString,
  buildSlice,
  listAppend,
  setAdd,
  mapAdd,
  listExtend,
  setUpdate,
  dictUpdate,
  dictMerge,
  buildInterpolation,
  buildTemplate,
} from './ops/build.ts';
import { unpackSequence, unpackEx } from './ops/unpack.ts';
import { doRaise, checkExcMatch, checkEgMatch, withExceptStart, toPyException, chainContext, exitInitCheck } from './ops/exc.ts';
import { importName, importFrom } from './ops/import.ts';
import { matchClass, matchKeys, matchMapping, matchSequence, getLen } from './ops/match.ts';
import { formatSimple, formatWithSpec, convertValue } from './ops/format.ts';
import { makeFunction, setFunctionAttribute, loadBuildClass, setupAnnotations, loadCommonConstant, copyFreeVars, makeCell } from './ops/func.ts';
import { callIntrinsic1, callIntrinsic2 } from './intrinsics.ts';
import { findHandler, addTraceback } from './unwind.ts';
import { makeGeneratorFor, genSend, getAwaitable, getAIter, getANext, getYieldFromIter } from './ops/gen.ts';
import { PyCell } from '../objects/function.ts';
import { PyRangeIter } from '../objects/range.ts';
import { evalBreaker, handleEvalBreaker, HostInterrupt, opcodeCounts, loopWeight, endSlice } from './eval-breaker.ts';
import { monitoring, instrumentedInstruction, monitorRaise, monitorHandled, monitorUnwind, monitorThrow, monitorSendStop } from './monitoring.ts';
import {
  InlineCache,
  COUNTER_STEP,
  deopt,
  specializeLoadAttr,
  specializeStoreAttr,
  specializeLoadGlobal,
  specializeCall,
  specializeForIter,
  specializeSend,
  exactArgs,
  strMethod,
} from './specialize.ts';
import type { HeapFields } from '../objects/heap.ts';
import { PyModule, ModuleType } from '../objects/module.ts';
import { PyType } from '../objects/type.ts';
import { PyCFunction, PyMethodDescr, fastNativeShape } from '../objects/descrobject.ts';
import { SeqIter } from '../objects/iterobject.ts';
import { PyGenObject, GeneratorType, genEnterInline, genLeaveInline } from '../objects/genobject.ts';
import { builtinLen, PyObject_IsInstance } from '../objects/abstract.ts';
import { TypeType, allocObject } from '../objects/typeobject.ts';
import { exCallArgs, callAny, callTarget } from './ops/call.ts';
import { ListType } from '../objects/list.ts';
import { typeError, PyStopIteration, exceptionMatches, PyExc_StopAsyncIteration } from '../objects/exceptions.ts';
import { isStopIteration } from '../objects/abstract.ts';
import { JIT_RETURN, JIT_CALL, JIT_SLICE, JIT_INTERP, JIT_YIELD, JIT_NESTED, JIT_RAISE, jitState, jitSample, jitHeat, ENTRY_HEAT, setJitHelpers, JIT_PROBE_NESTED, JIT_PROBE_INTERP } from './jit.ts';
import type { PyCode } from '../objects/code.ts';
import { gcLive, droppedValue, droppedFrame, droppedSlots, boundValue } from './finalize.ts';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
/**
 * For each rich comparison (<, <=, ==, !=, >, >=: the COMPARE_OP oparg >> 5), four bits: which of the
 * outcomes less, equal, greater, unordered make it true.
 */
const COMPARE_MASKS = 0x1 | (0x3 << 4) | (0x2 << 8) | (0xd << 12) | (0x4 << 16) | (0x6 << 20);

/**
 * Runs `entry` until it returns (or, for a generator frame, yields); returns that value.
 * `throwIn`, when given, is raised at the frame's current instruction first (generator.throw()).
 */
export function evalFrame(entry: Frame, throwIn?: PyValue): PyValue {
  const ts = tstate;
  entry.f_back = ts.frame;
  ts.frame = entry;
  if (++ts.pyDepth > ts.recursionLimit) {
    ts.pyDepth--;
    ts.frame = entry.f_back;
    throw recursionError('maximum recursion depth exceeded');
  }
  entry.state = FrameState.EXECUTING;
  if (throwIn !== undefined && monitoring.active) monitorThrow(entry, throwIn);
  const depth = ts.pyDepth;
  try {
    const code = entry.f_code;
    // Native code calling Python code (a sort key, map's function, a generator's next item...)
    // heats it: running it through the loop's activation costs more than a call from compiled code.
    if (code.jit === null) jitHeat(code, ENTRY_HEAT);
    let r = code.jit !== null && throwIn === undefined ? runCompiledEntry(entry) : runFrames(entry, entry, throwIn, null);
    while (r === SLICE_END) {
      // The countdown ran out at a RESUME or backward jump: the pending work runs here, out of the
      // loop (which then has no call to make there); what it raises is raised at that instruction.
      let raised: unknown;
      try {
        handleEvalBreaker(ts.frame!);
        jitSample(ts.frame!);
      } catch (e) {
        raised = e;
      }
      r = runFrames(entry, ts.frame!, raised as PyValue | undefined, null);
    }
    if (r === RAISED) throw takeEscaping();
    return r;
  } catch (e) {
    // A JS stack overflow can strike where the loop cannot unwind this activation's frames (in
    // its own exception handling): drop them here, or their depth would count against the limit.
    if (ts.pyDepth >= depth) {
      ts.pyDepth = depth - 1;
      ts.frame = entry.f_back;
      entry.state = FrameState.COMPLETED;
    }
    throw e;
  }
}

/**
 * Returned by runFrames when the eval breaker's countdown ran out: the innermost frame (ts.frame)
 * holds the state to resume from, once evalFrame has done the pending work.  Each slice is a fresh activation of the loop, so once V8 has optimized
 * it, a long-running program switches to the optimized code at the next slice (no on-stack
 * replacement of the big loop function, which costs a second compilation).
 */
const SLICE_END: PyValue = Object.freeze({ sliceEnd: true }) as unknown as PyValue;

/** Returned by runFrames and runCompiledEntry when the entry frame raised: the exception is `escaping`. */
const RAISED: PyValue = Object.freeze({ raised: true }) as unknown as PyValue;

/** The exception leaving the entry frame of the loop's activation (see unwind). */
let escaping: PyBaseException | null = null;

function takeEscaping(): PyBaseException {
  const e = escaping!;
  escaping = null;
  return e;
}

/**
 * evalFrame of a compiled frame (a Python function or generator called from native code: sort keys,
 * map, sum(genexpr)...): the compiled code first, without the loop's activation, which is the larger
 * cost of such short runs; the loop only when the frame calls, stops or hands over.
 */
function runCompiledEntry(entry: Frame): PyValue {
  if (monitoring.active || gcLive.count !== 0) return runFrames(entry, entry, undefined, null);
  let status: number;
  try {
    status = entry.f_code.jit!(entry);
  } catch (e) {
    // Raised in compiled code (which stored the stack): the loop unwinds it, from that instruction
    // of the innermost frame it was raised in (frames compiled code called directly are pushed).
    let start = entry;
    if (jitState.lasti >= 0) {
      start = jitState.excFrame!;
      start.lasti = jitState.lasti;
      jitState.lasti = -1;
      jitState.excFrame = null;
    }
    return runFrames(entry, start, e as PyValue, null);
  }
  const ts = tstate;
  if (status === JIT_RETURN) {
    const v = jitState.value!;
    jitState.value = undefined;
    entry.state = FrameState.COMPLETED;
    ts.frame = entry.f_back;
    ts.pyDepth--;
    return v;
  }
  if (status === JIT_YIELD) {
    const v = jitState.value!;
    jitState.value = undefined;
    entry.state = jitState.yieldOparg & 1 ? FrameState.SUSPENDED_YIELD_FROM : FrameState.SUSPENDED;
    ts.frame = entry.f_back;
    ts.pyDepth--;
    entry.f_back = null;
    return v;
  }
  let start = entry;
  if (status === JIT_NESTED) {
    start = jitState.inner!;
    status = jitState.innerStatus;
    jitState.inner = null;
  }
  if (status === JIT_SLICE) return SLICE_END;
  if (status === JIT_RAISE) {
    // Raised where that frame has no handler: unwound here, the loop goes on at a handler.
    const exc = jitState.exc!;
    jitState.exc = undefined;
    const at = unwind(entry, start, jitState.raiseAt, start.sp, exc, jitState.reraise);
    return at === null ? RAISED : runFrames(entry, at, undefined, null);
  }
  return runFrames(entry, start, undefined, status === JIT_CALL ? callTarget.frame! : null);
}

/**
 * The loop: runs from `start` (the innermost frame of `entry`'s activation) until `entry` returns.
 * `call`: a frame compiled code of `start` asked to push (runCompiledEntry), pushed first.
 */
function runFrames(entry: Frame, start: Frame, throwIn: PyValue | undefined, call: Frame | null): PyValue {
  const ts = tstate;
  let frame = start;
  let code = frame.f_code;
  let units = code.units;
  let consts = code.co_consts.items;
  let names = code.co_names.items as readonly string[];
  let caches = code.vmCache;
  let stack = frame.localsplus;
  let pc = frame.pc;
  let sp = frame.sp;
  let lasti = frame.lasti;
  let reraising = false;
  let pending: PyValue | undefined = throwIn;
  /** The frame a call instruction pushes (set before `break enter`). */
  let callee: Frame = entry;
  /** The running frame's compiled code (vm/jit.ts), reloaded at every frame switch; null: interpret. */
  let jitFn = code.jit;

  for (;;) {
    // What the instruction raised: the loop leaves `raising` with it (or the catch clause catches
    // it) and unwinds after the try statement, so that a raise in the loop itself costs no JS
    // throw (V8 takes ~0.5 us to throw and catch, more when a baseline-tier frame is in between).
    let raised: unknown = undefined;
    try {
      if (pending !== undefined) {
        raised = pending;
        pending = undefined;
      } else raising: {
      next: for (;;) {
        enter: {
        if (jitFn !== null) {
          if (call !== null) {
            // runCompiledEntry's frame called a Python function: push it.
            callee = call;
            call = null;
            lasti = frame.lasti;
            break enter;
          }
          // Compiled code runs the frame from pc until it calls, returns, raises or hands back.
          if (monitoring.active || gcLive.count !== 0) {
            jitFn = null;
            continue next;
          }
          frame.pc = pc;
          frame.sp = sp;
          let status = jitFn(frame);
          if (status === JIT_NESTED) {
            // Frames it called directly are pushed: the loop goes on with the innermost one.
            frame = jitState.inner!;
            status = jitState.innerStatus;
            jitState.inner = null;
            code = frame.f_code;
            units = code.units;
            consts = code.co_consts.items;
            names = code.co_names.items as readonly string[];
            caches = code.vmCache;
            jitFn = code.jit;
            stack = frame.localsplus;
          }
          pc = frame.pc;
          sp = frame.sp;
          if (status === JIT_CALL) {
            lasti = frame.lasti;
            callee = callTarget.frame!;
            break enter;
          }
          if (status === JIT_RAISE) {
            // Raised where the frame has no handler: the loop unwinds it.
            raised = jitState.exc;
            jitState.exc = undefined;
            reraising = jitState.reraise;
            lasti = jitState.raiseAt;
            break raising;
          }
          if (status === JIT_SLICE) return SLICE_END;
          if (status === JIT_INTERP) {
            // The interpreter runs the instruction at pc (and on, until the next frame switch).
            jitFn = null;
            continue next;
          }
          // JIT_RETURN, JIT_YIELD: the interpreter's RETURN_VALUE or YIELD_VALUE (at frame.lasti) does
          // the frame switch, with the value put back on the stack.
          stack[sp++] = jitState.value!;
          jitState.value = undefined;
          pc = frame.lasti;
          jitFn = null;
          continue next;
        }
        let word = units[pc++];
        let op = word & 0xff;
        let oparg = word >>> 8;
        while (op === Op.EXTENDED_ARG) {
          if (globalThis.PYTS_STATS) opcodeCounts[op]++;
          word = units[pc++];
          op = word & 0xff;
          oparg = (oparg << 8) | (word >>> 8);
        }
        lasti = pc - 1;
        if (globalThis.PYTS_STATS) opcodeCounts[op]++;
          // An instrumented instruction dispatches again with its own opcode (`continue dispatch`).
          dispatch: for (;;) {
            switch (op) {
              // ---- locals and constants ----
              case Op.LOAD_FAST:
              case Op.LOAD_FAST_BORROW:
                stack[sp++] = stack[oparg];
                continue next;
              case Op.LOAD_FAST_CHECK: {
                const v = stack[oparg];
                if (v === undefined) throw unboundLocal(code, oparg);
                stack[sp++] = v;
                continue next;
              }
              case Op.LOAD_FAST_LOAD_FAST:
              case Op.LOAD_FAST_BORROW_LOAD_FAST_BORROW:
                stack[sp++] = stack[oparg >>> 4];
                stack[sp++] = stack[oparg & 15];
                continue next;
              case Op.LOAD_FAST_AND_CLEAR:
                stack[sp++] = stack[oparg];
                stack[oparg] = undefined;
                continue next;
              case Op.STORE_FAST: {
                const old = stack[oparg];
                stack[oparg] = stack[--sp];
                stack[sp] = undefined;
                if (gcLive.count !== 0 && old !== undefined) droppedValue(old);
                continue next;
              }
              case Op.STORE_FAST_LOAD_FAST:
                stack[oparg >>> 4] = stack[--sp];
                stack[sp++] = stack[oparg & 15];
                continue next;
              case Op.STORE_FAST_STORE_FAST:
                stack[oparg >>> 4] = stack[--sp];
                stack[oparg & 15] = stack[--sp];
                stack[sp] = stack[sp + 1] = undefined;
                continue next;
              case Op.LOAD_CONST:
                stack[sp++] = consts[oparg];
                continue next;
              case Op.LOAD_SMALL_INT:
                stack[sp++] = oparg;
                continue next;

              // ---- stack manipulation ----
              case Op.POP_TOP:
              case Op.POP_ITER:
              case Op.END_FOR:
                if (gcLive.count !== 0) {
                  const v = stack[--sp];
                  stack[sp] = undefined;
                  frame.lasti = lasti;
                  droppedValue(v);
                  continue next;
                }
                stack[--sp] = undefined;
                continue next;
              case Op.PUSH_NULL:
                stack[sp++] = undefined;
                continue next;
              case Op.COPY:
                stack[sp] = stack[sp - oparg];
                sp++;
                continue next;
              case Op.SWAP: {
                const t = stack[sp - 1];
                stack[sp - 1] = stack[sp - oparg];
                stack[sp - oparg] = t;
                continue next;
              }
              case Op.NOP:
              case Op.NOT_TAKEN:
                continue next;
              case Op.RESUME:
                if (--evalBreaker.counter <= 0) {
                  frame.pc = pc;
                  frame.sp = sp;
                  frame.lasti = lasti;
                  return SLICE_END;
                }
                continue next;

              // ---- operators ----
              case Op.BINARY_OP: {
                const b = stack[--sp]!;
                const a = stack[sp - 1]!;
                let r: PyValue;
                if (typeof a === 'number' && typeof b === 'number') {
                  switch (oparg) {
                    case 0: // +
                    case 13: {
                      const s = a + b;
                      r = s <= MAX_SAFE && s >= -MAX_SAFE ? s : intAdd(a, b);
                      break;
                    }
                    case 10: // -
                    case 23: {
                      const s = a - b;
                      r = s <= MAX_SAFE && s >= -MAX_SAFE ? s : intSub(a, b);
                      break;
                    }
                    case 5: // *
                    case 18:
                      r = intMul(a, b);
                      break;
                    default:
                      r = intArith(oparg, a, b);
                  }
                } else if (oparg <= 24 && (a instanceof PyFloat || b instanceof PyFloat)) {
                  // oparg is compared first, and a negative index adjusted by an addition made for
                  // every index: code that first runs after V8 optimized this function (the first
                  // float, the first l[-1]) would lack type feedback and deoptimize all of it.
                  r = floatArith(oparg, a, b);
                } else if (oparg === 26 && a instanceof PyDict && a.ob_type === DictType) {
                  // d[key] on an exact dict: a miss raises here rather than in dictSubscript (a
                  // function that only ever raises is never optimized by V8, and unwinding through
                  // its baseline-tier frame costs several times the throw).
                  const v = a.get(b);
                  if (v === undefined) {
                    raised = keyError(b);
                    break raising;
                  }
                  r = v;
                } else if (oparg === 26 && a instanceof PyList && typeof b === 'number' && a.ob_type === ListType) {
                  const items = a.items;
                  const n = items.length;
                  const i = b + (b < 0 ? n : 0);
                  r = i >= 0 && i < n ? items[i] : binaryOp(oparg, a, b);
                } else if ((oparg === 0 || oparg === 13) && typeof a === 'string' && typeof b === 'string') {
                  r = a + b;
                } else r = binaryOp(oparg, a, b);
                stack[sp - 1] = r;
                stack[sp] = undefined;
                pc += 5;
                continue next;
              }
              case Op.COMPARE_OP: {
                const b = stack[--sp]!;
                const a = stack[sp - 1]!;
                stack[sp] = undefined;
                let x: number;
                let y: number;
                if (typeof a === 'number' && typeof b === 'number') {
                  x = a;
                  y = b;
                } else if (a instanceof PyFloat && a.ob_type === FloatType && (typeof b === 'number' || (b instanceof PyFloat && b.ob_type === FloatType))) {
                  x = a.value;
                  y = typeof b === 'number' ? b : b.value;
                } else if (b instanceof PyFloat && b.ob_type === FloatType && typeof a === 'number') {
                  x = a;
                  y = b.value;
                } else {
                  // str == and != compare in the slow path's first test; the rest is generic.
                  stack[sp - 1] = typeof a === 'string' && typeof b === 'string' && (oparg >>> 5 === 2 || oparg >>> 5 === 3) ? (a === b) === (oparg >>> 5 === 2) : compareOp(oparg, a, b);
                  pc += 1;
                  continue next;
                }
                // The outcome (0 less, 1 equal, 2 greater, 3 unordered: a NaN), then the operator's
                // mask of true outcomes.  All three comparisons run for every operator, so none lacks
                // type feedback when V8 optimizes the loop (a missing one deoptimizes all of it).
                const lt = x < y;
                const gt = x > y;
                const eq = x === y;
                const outcome = lt ? 0 : gt ? 2 : eq ? 1 : 3;
                stack[sp - 1] = ((COMPARE_MASKS >>> (((oparg >>> 5) << 2) + outcome)) & 1) === 1;
                pc += 1;
                continue next;
              }
              case Op.IS_OP: {
                const b = stack[--sp];
                const a = stack[sp - 1];
                stack[sp] = undefined;
                stack[sp - 1] = (a === b) !== (oparg === 1);
                continue next;
              }
              case Op.TO_BOOL: {
                const v = stack[sp - 1]!;
                if (typeof v !== 'boolean') stack[sp - 1] = toBool(v);
                pc += 3;
                continue next;
              }
              case Op.UNARY_NOT:
                stack[sp - 1] = !stack[sp - 1];
                continue next;
              case Op.POP_JUMP_IF_FALSE: {
                const v = stack[--sp];
                stack[sp] = undefined;
                pc += 1;
                if (v === false || (v !== true && !PyObject_IsTrue(v!))) pc += oparg;
                continue next;
              }
              case Op.POP_JUMP_IF_TRUE: {
                const v = stack[--sp];
                stack[sp] = undefined;
                pc += 1;
                if (v === true || (v !== false && PyObject_IsTrue(v!))) pc += oparg;
                continue next;
              }
              case Op.POP_JUMP_IF_NONE: {
                const v = stack[--sp];
                stack[sp] = undefined;
                pc += 1;
                if (v === None) pc += oparg;
                continue next;
              }
              case Op.POP_JUMP_IF_NOT_NONE: {
                const v = stack[--sp];
                stack[sp] = undefined;
                pc += 1;
                if (v !== None) pc += oparg;
                continue next;
              }
              case Op.JUMP_FORWARD:
                pc += oparg;
                continue next;
              case Op.JUMP_BACKWARD: {
                pc += 1 - oparg;
                const w = loopWeight(oparg);
                // A loop compiled as it runs: the slice ends, and the frame goes on in compiled code.
                if (jitHeat(code, w)) endSlice();
                if ((evalBreaker.counter -= w) <= 0) {
                  frame.pc = pc;
                  frame.sp = sp;
                  frame.lasti = lasti;
                  return SLICE_END;
                }
                continue next;
              }
              case Op.JUMP_BACKWARD_NO_INTERRUPT:
                pc -= oparg;
                continue next;

              // ---- iteration ----
              case Op.FOR_ITER: {
                const it = stack[sp - 1]!;
                if (units[pc] < COUNTER_STEP) specializeForIter(code, lasti, it);
                else units[pc] -= COUNTER_STEP;
                const v = forIterNext(it);
                const exit = pc + oparg + 2;
                pc += 1;
                if (v === undefined) pc = exit;
                else stack[sp++] = v;
                continue next;
              }
              // The exits of the specialized forms only move a precomputed target into pc: code that
              // first runs when a loop ends (often after V8 optimized this function) then needs no
              // type feedback, whose absence would deoptimize the whole loop function.
              case Op.FOR_ITER_RANGE: {
                const it = stack[sp - 1]!;
                const exit = pc + oparg + 2;
                pc += 1;
                if (!(it instanceof PyRangeIter)) {
                  deopt(units, lasti, Op.FOR_ITER);
                  const v = forIterNext(it);
                  if (v === undefined) pc = exit;
                  else stack[sp++] = v;
                  continue next;
                }
                if (it.remaining > 0) {
                  stack[sp++] = it.next;
                  it.next += it.step;
                  it.remaining--;
                } else pc = exit;
                continue next;
              }
              case Op.FOR_ITER_LIST: {
                const it = stack[sp - 1]!;
                const exit = pc + oparg + 2;
                pc += 1;
                if (!(it instanceof PyListIter)) {
                  deopt(units, lasti, Op.FOR_ITER);
                  const v = forIterNext(it);
                  if (v === undefined) pc = exit;
                  else stack[sp++] = v;
                  continue next;
                }
                const l = it.list;
                if (l !== null && it.index < l.items.length) stack[sp++] = l.items[it.index++];
                else {
                  it.list = null;
                  pc = exit;
                }
                continue next;
              }
              case Op.FOR_ITER_TUPLE: {
                const it = stack[sp - 1]!;
                const exit = pc + oparg + 2;
                pc += 1;
                if (!(it instanceof SeqIter)) {
                  deopt(units, lasti, Op.FOR_ITER);
                  const v = forIterNext(it);
                  if (v === undefined) pc = exit;
                  else stack[sp++] = v;
                  continue next;
                }
                const items = it.items;
                if (items !== null && it.index < items.length) stack[sp++] = items[it.index++];
                else {
                  it.items = null;
                  pc = exit;
                }
                continue next;
              }
              case Op.FOR_ITER_GEN: {
                const gen = stack[sp - 1]!;
                pc += 1;
                if (!(gen instanceof PyGenObject && gen.ob_type === GeneratorType && gen.frame.state < FrameState.EXECUTING && !gen.running)) {
                  deopt(units, lasti, Op.FOR_ITER);
                  frame.lasti = lasti;
                  const v = forIterNext(gen);
                  if (v === undefined) pc += oparg + 1;
                  else stack[sp++] = v;
                  continue next;
                }
                frame.returnOffset = oparg;
                genEnterInline(gen);
                callee = gen.frame;
                callee.localsplus[callee.sp++] = None;
                break enter;
              }
              case Op.LOAD_GLOBAL: {
                const name = names[oparg >>> 1];
                if (units[pc] < COUNTER_STEP) {
                  specializeLoadGlobal(code, lasti, frame.f_globals, frame.f_builtins, name);
                  caches = code.vmCache;
                } else units[pc] -= COUNTER_STEP;
                stack[sp++] = loadGlobal(frame, name);
                if (oparg & 1) stack[sp++] = undefined;
                pc += 4;
                continue next;
              }
              case Op.LOAD_GLOBAL_MODULE: {
                const c = caches![lasti] as InlineCache;
                const g = frame.f_globals;
                const i = c.index;
                if (g.keys[i] === c.name) stack[sp++] = g.values[i];
                else {
                  deopt(units, lasti, Op.LOAD_GLOBAL);
                  stack[sp++] = loadGlobal(frame, c.name);
                }
                if (oparg & 1) stack[sp++] = undefined;
                pc += 4;
                continue next;
              }
              case Op.LOAD_GLOBAL_BUILTIN: {
                const c = caches![lasti] as InlineCache;
                const b = frame.f_builtins;
                const i = c.index;
                if (frame.f_globals.keysVersion === c.version && b.keys[i] === c.name) stack[sp++] = b.values[i];
                else {
                  deopt(units, lasti, Op.LOAD_GLOBAL);
                  stack[sp++] = loadGlobal(frame, c.name);
                }
                if (oparg & 1) stack[sp++] = undefined;
                pc += 4;
                continue next;
              }
              case Op.LOAD_DEREF: {
                const v = (stack[oparg] as PyCell).ob_ref;
                stack[sp++] = v !== undefined ? v : loadDeref(code, oparg);
                continue next;
              }
              case Op.STORE_DEREF:
                (stack[oparg] as PyCell).ob_ref = stack[--sp];
                stack[sp] = undefined;
                continue next;
              case Op.LOAD_ATTR: {
                const owner = stack[sp - 1]!;
                const name = names[oparg >>> 1];
                if (units[pc] < COUNTER_STEP) {
                  specializeLoadAttr(code, lasti, owner, name, (oparg & 1) !== 0);
                  caches = code.vmCache;
                } else units[pc] -= COUNTER_STEP;
                if (oparg & 1) sp = loadMethod(stack, sp, owner, name);
                else {
                  stack[sp - 1] = loadAttr(owner, name);
                  if (gcLive.count !== 0) droppedValue(owner);
                }
                pc += 9;
                continue next;
              }
              case Op.LOAD_ATTR_WITH_HINT: {
                const owner = stack[sp - 1]!;
                const c = caches![lasti] as InlineCache;
                if (typeof owner === 'object' && owner.ob_type.tp_version_tag === c.version) {
                  const d = (owner as unknown as HeapFields).ob_dict;
                  if (d != null && d.keys[c.index] === c.name) {
                    stack[sp - 1] = d.values[c.index];
                    if (oparg & 1) stack[sp++] = undefined;
                    pc += 9;
                    continue next;
                  }
                }
                sp = loadAttrMiss(units, lasti, stack, sp, oparg, names[oparg >>> 1]);
                pc += 9;
                continue next;
              }
              case Op.LOAD_ATTR_METHOD_WITH_VALUES:
              case Op.LOAD_ATTR_METHOD_NO_DICT: {
                const owner = stack[sp - 1]!;
                const c = caches![lasti] as InlineCache;
                if (typeof owner !== 'object' || owner.ob_type.tp_version_tag !== c.version) {
                  sp = loadAttrMiss(units, lasti, stack, sp, oparg, names[oparg >>> 1]);
                  pc += 9;
                  continue next;
                }
                stack[sp - 1] = c.obj as PyValue;
                stack[sp++] = owner;
                pc += 9;
                continue next;
              }
              case Op.LOAD_ATTR_MODULE: {
                const owner = stack[sp - 1]!;
                const c = caches![lasti] as InlineCache;
                if (owner instanceof PyModule && owner.ob_type === ModuleType) {
                  const d = owner.ob_dict;
                  if (d.keys[c.index] === c.name) {
                    stack[sp - 1] = d.values[c.index];
                    if (oparg & 1) stack[sp++] = undefined;
                    pc += 9;
                    continue next;
                  }
                }
                sp = loadAttrMiss(units, lasti, stack, sp, oparg, names[oparg >>> 1]);
                pc += 9;
                continue next;
              }
              case Op.STORE_ATTR: {
                const owner = stack[--sp]!;
                const v = stack[--sp]!;
                stack[sp] = stack[sp + 1] = undefined;
                if (units[pc] < COUNTER_STEP) {
                  specializeStoreAttr(code, lasti, owner, names[oparg]);
                  caches = code.vmCache;
                } else units[pc] -= COUNTER_STEP;
                const old = gcLive.count !== 0 ? boundValue(owner, names[oparg]) : undefined;
                storeAttr(owner, names[oparg], v);
                if (old !== undefined) droppedValue(old);
                pc += 4;
                continue next;
              }
              case Op.STORE_ATTR_WITH_HINT: {
                const owner = stack[sp - 1]!;
                const c = caches![lasti] as InlineCache;
                if (typeof owner === 'object' && owner.ob_type.tp_version_tag === c.version) {
                  const d = (owner as unknown as HeapFields).ob_dict;
                  if (d != null && d.keys[c.index] === c.name) {
                    const old = d.values[c.index];
                    d.values[c.index] = stack[sp - 2]!;
                    stack[--sp] = undefined;
                    stack[--sp] = undefined;
                    if (gcLive.count !== 0) droppedValue(old);
                    pc += 4;
                    continue next;
                  }
                }
                const old = gcLive.count !== 0 ? boundValue(owner, names[oparg]) : undefined;
                sp = storeAttrMiss(units, lasti, stack, sp, names[oparg]);
                if (old !== undefined) droppedValue(old);
                pc += 4;
                continue next;
              }
              case Op.STORE_SUBSCR: {
                const sub = stack[--sp]!;
                const container = stack[--sp]!;
                const v = stack[--sp]!;
                stack[sp] = stack[sp + 1] = stack[sp + 2] = undefined;
                if (container instanceof PyList && typeof sub === 'number' && container.ob_type === ListType) {
                  const items = container.items;
                  const i = sub < 0 ? sub + items.length : sub;
                  if (i >= 0 && i < items.length) {
                    const old = items[i];
                    items[i] = v;
                    if (gcLive.count !== 0) droppedValue(old);
                    pc += 1;
                    continue next;
                  }
                }
                const old = gcLive.count !== 0 ? boundValue(container, sub) : undefined;
                storeSubscr(container, sub, v);
                if (old !== undefined) droppedValue(old);
                pc += 1;
                continue next;
              }
              case Op.LIST_APPEND:
                listAppend(stack[sp - 1 - oparg]!, stack[sp - 1]!);
                stack[--sp] = undefined;
                continue next;
              case Op.UNPACK_SEQUENCE: {
                const v = stack[sp - 1]!;
                if (v instanceof PyTuple && v.ob_type === TupleType && v.items.length === oparg) {
                  const items = v.items;
                  sp--;
                  for (let i = oparg - 1; i >= 0; i--) stack[sp++] = items[i];
                } else sp = unpackSequence(stack, sp, oparg);
                pc += 1;
                continue next;
              }
              case Op.CALL:
              case Op.CALL_KW: {
                let kwnames: readonly string[] | null = null;
                if (op === Op.CALL_KW) {
                  kwnames = (stack[--sp] as PyTuple).items as readonly string[];
                  stack[sp] = undefined;
                } else if (units[pc] < COUNTER_STEP) {
                  const self = stack[sp - oparg - 1];
                  specializeCall(code, lasti, stack[sp - oparg - 2]!, self, self === undefined ? oparg : oparg + 1, frame.f_builtins);
                  caches = code.vmCache;
                } else units[pc] -= COUNTER_STEP;
                frame.lasti = lasti;
                pc += 3;
                const r = callAny(stack, sp - oparg - 2, sp, kwnames);
                sp -= oparg + 2;
                if (r === undefined) {
                  callee = callTarget.frame!;
                  break enter;
                }
                stack[sp++] = r;
                continue next;
              }
              case Op.CALL_PY_EXACT_ARGS: {
                const base = sp - oparg - 2;
                const callable = stack[base];
                if (callable instanceof PyFunction && callable.func_code === (caches![lasti] as InlineCache).obj) {
                  const argStart = stack[base + 1] === undefined ? base + 2 : base + 1;
                  const co = callable.func_code;
                  if (sp - argStart === co.co_argcount) {
                    const f = new Frame(co, callable.func_globals, callable.func_builtins, null, callable);
                    const lp = f.localsplus;
                    for (let i = argStart, j = 0; i < sp; i++, j++) lp[j] = stack[i];
                    for (let i = base; i < sp; i++) stack[i] = undefined;
                    sp = base;
                    pc += 3;
                    callee = f;
                    break enter;
                  }
                }
                deopt(units, lasti, Op.CALL);
                frame.lasti = lasti;
                pc += 3;
                const r = callAny(stack, sp - oparg - 2, sp, null);
                sp -= oparg + 2;
                if (r === undefined) {
                  callee = callTarget.frame!;
                  break enter;
                }
                stack[sp++] = r;
                continue next;
              }
              case Op.CALL_BOUND_METHOD_EXACT_ARGS: {
                const base = sp - oparg - 2;
                const m = stack[base];
                if (m instanceof PyMethod && stack[base + 1] === undefined) {
                  const func = m.im_func;
                  if (func instanceof PyFunction && func.func_code === (caches![lasti] as InlineCache).obj && oparg + 1 === func.func_code.co_argcount) {
                    const f = new Frame(func.func_code, func.func_globals, func.func_builtins, null, func);
                    const lp = f.localsplus;
                    lp[0] = m.im_self;
                    for (let i = base + 2, j = 1; i < sp; i++, j++) lp[j] = stack[i];
                    for (let i = base; i < sp; i++) stack[i] = undefined;
                    sp = base;
                    pc += 3;
                    callee = f;
                    break enter;
                  }
                }
                deopt(units, lasti, Op.CALL);
                frame.lasti = lasti;
                pc += 3;
                const r = callAny(stack, sp - oparg - 2, sp, null);
                sp -= oparg + 2;
                if (r === undefined) {
                  callee = callTarget.frame!;
                  break enter;
                }
                stack[sp++] = r;
                continue next;
              }
              case Op.CALL_PY_GENERAL: {
                const base = sp - oparg - 2;
                const callable = stack[base];
                if (!(callable instanceof PyFunction && callable.func_code === (caches![lasti] as InlineCache).obj)) {
                  deopt(units, lasti, Op.CALL);
                  frame.lasti = lasti;
                  pc += 3;
                  const r = callAny(stack, sp - oparg - 2, sp, null);
                  sp -= oparg + 2;
                  if (r === undefined) {
                    callee = callTarget.frame!;
                    break enter;
                  }
                  stack[sp++] = r;
                  continue next;
                }
                const argStart = stack[base + 1] === undefined ? base + 2 : base + 1;
                pc += 3;
                callee = prepareCall(callable, stack, argStart, sp - argStart, null);
                for (let i = base; i < sp; i++) stack[i] = undefined;
                sp = base;
                break enter;
              }
              case Op.CALL_BOUND_METHOD_GENERAL: {
                const base = sp - oparg - 2;
                const m = stack[base];
                if (!(m instanceof PyMethod && stack[base + 1] === undefined && m.im_func instanceof PyFunction && m.im_func.func_code === (caches![lasti] as InlineCache).obj)) {
                  deopt(units, lasti, Op.CALL);
                  frame.lasti = lasti;
                  pc += 3;
                  const r = callAny(stack, sp - oparg - 2, sp, null);
                  sp -= oparg + 2;
                  if (r === undefined) {
                    callee = callTarget.frame!;
                    break enter;
                  }
                  stack[sp++] = r;
                  continue next;
                }
                const func = m.im_func;
                stack[base] = func;
                stack[base + 1] = m.im_self;
                pc += 3;
                callee = prepareCall(func, stack, base + 1, sp - base - 1, null);
                for (let i = base; i < sp; i++) stack[i] = undefined;
                sp = base;
                break enter;
              }
              case Op.CALL_ALLOC_AND_ENTER_INIT: {
                const base = sp - oparg - 2;
                const type = stack[base];
                const c = caches![lasti] as InlineCache;
                if (type instanceof PyType && type.tp_version_tag === c.version && stack[base + 1] === undefined) {
                  const init = c.obj as PyFunction;
                  const co = init.func_code;
                  if (exactArgs(co, oparg + 1)) {
                    frame.lasti = lasti;
                    const self = allocObject(type);
                    const f = new Frame(co, init.func_globals, init.func_builtins, null, init);
                    const lp = f.localsplus;
                    lp[0] = self;
                    for (let i = base + 2, j = 1; i < sp; i++, j++) lp[j] = stack[i];
                    for (let i = base; i < sp; i++) stack[i] = undefined;
                    sp = base;
                    f.initSelf = self;
                    pc += 3;
                    callee = f;
                    break enter;
                  }
                }
                deopt(units, lasti, Op.CALL);
                frame.lasti = lasti;
                pc += 3;
                const r = callAny(stack, sp - oparg - 2, sp, null);
                sp -= oparg + 2;
                if (r === undefined) {
                  callee = callTarget.frame!;
                  break enter;
                }
                stack[sp++] = r;
                continue next;
              }
              case Op.CALL_FUNCTION_EX: {
                frame.lasti = lasti;
                const kwargs = stack[--sp];
                const callargs = stack[--sp]!;
                const self = stack[--sp];
                const func = stack[--sp]!;
                stack[sp] = stack[sp + 1] = stack[sp + 2] = stack[sp + 3] = undefined;
                if (func instanceof PyFunction) {
                  const a = exCallArgs(func, self, callargs, kwargs);
                  callee = prepareCall(func, a.args, 0, a.args.length - (a.kwnames === null ? 0 : a.kwnames.length), a.kwnames);
                  break enter;
                }
                stack[sp++] = callFunctionEx(func, self, callargs, kwargs);
                continue next;
              }
              case Op.RETURN_VALUE: {
                let v = stack[--sp]!;
                stack[sp] = undefined;
                frame.state = FrameState.COMPLETED;
                frame.sp = sp;
                frame.pc = pc;
                ts.frame = frame.f_back;
                ts.pyDepth--;
                if (gcLive.count !== 0) droppedFrame(frame, v, frame === entry);
                if (frame === entry) return v;
                const done = frame;
                frame = done.f_back!;
                if (done.gen !== null) genLeaveInline(done, true);
                code = frame.f_code;
                units = code.units;
                consts = code.co_consts.items;
                names = code.co_names.items as readonly string[];
                caches = code.vmCache;
                jitFn = code.jit;
                stack = frame.localsplus;
                pc = frame.pc;
                sp = frame.sp;
                if (frame.returnOffset !== 0) {
                  pc += frame.returnOffset;
                  frame.returnOffset = 0;
                }
                if (done.initSelf !== undefined) {
                  lasti = frame.lasti;
                  if (v !== None) throw typeError(`__init__() should return None, not '${typeOf(v).tp_name}'`);
                  v = done.initSelf;
                }
                stack[sp++] = v;
                continue next;
              }
              case Op.RETURN_GENERATOR: {
                frame.pc = pc;
                frame.sp = sp;
                frame.lasti = lasti;
                const back = frame.f_back;
                const gen = makeGeneratorFor(frame);
                ts.frame = back;
                ts.pyDepth--;
                if (frame === entry) return gen;
                const done = frame;
                frame = back!;
                code = frame.f_code;
                units = code.units;
                consts = code.co_consts.items;
                names = code.co_names.items as readonly string[];
                caches = code.vmCache;
                jitFn = code.jit;
                stack = frame.localsplus;
                pc = frame.pc;
                sp = frame.sp;
                if (done.initSelf !== undefined) {
                  lasti = frame.lasti;
                  throw typeError(`__init__() should return None, not '${typeOf(gen).tp_name}'`);
                }
                stack[sp++] = gen;
                continue next;
              }
              case Op.YIELD_VALUE: {
                const v = stack[--sp]!;
                stack[sp] = undefined;
                frame.pc = pc;
                frame.sp = sp;
                frame.lasti = lasti;
                frame.state = oparg & 1 ? FrameState.SUSPENDED_YIELD_FROM : FrameState.SUSPENDED;
                const back = frame.f_back;
                ts.frame = back;
                ts.pyDepth--;
                if (frame === entry) {
                  frame.f_back = null;
                  return v;
                }
                // A generator resumed in this loop by FOR_ITER_GEN or SEND_GEN: back to that instruction's successor.
                genLeaveInline(frame, false);
                frame = back!;
                code = frame.f_code;
                units = code.units;
                consts = code.co_consts.items;
                names = code.co_names.items as readonly string[];
                caches = code.vmCache;
                jitFn = code.jit;
                stack = frame.localsplus;
                pc = frame.pc;
                sp = frame.sp;
                frame.returnOffset = 0;
                stack[sp++] = v;
                continue next;
              }
              case Op.SEND: {
                if (units[pc] < COUNTER_STEP) specializeSend(code, lasti, stack[sp - 2]!);
                else units[pc] -= COUNTER_STEP;
                frame.pc = pc;
                frame.sp = sp;
                frame.lasti = lasti;
                const r = genSend(stack[sp - 2]!, stack[sp - 1]!);
                pc += 1;
                stack[sp - 1] = r.value;
                if (r.done) {
                  pc += oparg;
                  if (monitoring.active) monitorSendStop(frame, lasti, stack[sp - 2]!, r.value);
                }
                continue next;
              }
              case Op.SEND_GEN: {
                const gen = stack[sp - 2]!;
                const v = stack[sp - 1]!;
                if (!(gen instanceof PyGenObject && gen.frame.state < FrameState.EXECUTING && !gen.running && (v === None || gen.frame.state !== FrameState.CREATED))) {
                  deopt(units, lasti, Op.SEND);
                  frame.pc = pc;
                  frame.sp = sp;
                  frame.lasti = lasti;
                  const r = genSend(gen, v);
                  pc += 1;
                  stack[sp - 1] = r.value;
                  if (r.done) pc += oparg;
                  continue next;
                }
                stack[--sp] = undefined;
                pc += 1;
                frame.returnOffset = oparg;
                genEnterInline(gen);
                callee = gen.frame;
                callee.localsplus[callee.sp++] = v;
                break enter;
              }
              case Op.RAISE_VARARGS: {
                frame.lasti = lasti;
                const cause = oparg === 2 ? stack[--sp] : undefined;
                const exc = oparg >= 1 ? stack[--sp] : undefined;
                const r = doRaise(exc, cause);
                reraising = r.reraise;
                raised = r.exc;
                break raising;
              }
              case Op.CLEANUP_THROW: {
                // An exception thrown into a delegating yield from / await: a StopIteration ends the
                // delegation with its value; anything else is re-raised (no new traceback entry).
                const exc = stack[--sp]!;
                stack[sp] = undefined;
                if (!(exc instanceof PyStopIteration)) {
                  frame.lasti = lasti;
                  reraising = true;
                  raised = exc;
                  break raising;
                }
                stack[sp - 2] = None;
                stack[sp - 1] = exc.value;
                continue next;
              }
              case Op.END_ASYNC_FOR: {
                // The end of an async for: StopAsyncIteration ends the loop; anything else is re-raised.
                const exc = stack[--sp]!;
                stack[sp] = undefined;
                if (!exceptionMatches(exc, PyExc_StopAsyncIteration)) {
                  frame.lasti = lasti;
                  reraising = true;
                  raised = exc;
                  break raising;
                }
                stack[--sp] = undefined;
                continue next;
              }
              case Op.RERAISE: {
                const exc = stack[--sp]!;
                stack[sp] = undefined;
                // With an oparg, f_lasti goes back to where the exception was first raised (for
                // tracebacks); the handler is still searched at this instruction.
                if (oparg) {
                  const l = stack[sp - oparg];
                  frame.lasti = typeof l === 'number' ? l : lasti;
                } else frame.lasti = lasti;
                reraising = true;
                raised = exc;
                break raising;
              }
              default: {
                if (op === Op.INSTRUMENTED_LINE) {
                  // sys.monitoring or a trace function watches this code (vm/monitoring.ts).
                  frame.pc = pc;
                  frame.sp = sp;
                  frame.lasti = lasti;
                  op = instrumentedInstruction(frame, lasti);
                  if (op < 0) {
                    // The trace function set f_lineno: continue at the instruction it chose.
                    pc = frame.pc;
                    sp = frame.sp;
                    continue next;
                  }
                  while (op === Op.EXTENDED_ARG) {
                    word = units[pc++];
                    op = word & 0xff;
                    oparg = (oparg << 8) | (word >>> 8);
                  }
                  lasti = pc - 1;
                  continue dispatch;
                }
                // The rarer instructions, which only work on the value stack, run out of line.
                const r = runFramesSlow(frame, op, oparg, stack, sp, lasti);
                pc += INLINE_CACHE_ENTRIES[op];
                if (r >= 0) {
                  sp = r;
                  continue next;
                }
                // A call that turned out to be of a Python function: push its frame.
                sp = ~r;
                callee = callTarget.frame!;
                break enter;
              }
            }
            break;
          }
        }
        // A call instruction set `callee`: push it and run it in this loop.
        frame.pc = pc;
        frame.sp = sp;
        frame.lasti = lasti;
        if (++ts.pyDepth > ts.recursionLimit) {
          ts.pyDepth--;
          if (callee.gen !== null) genLeaveInline(callee, false);
          frame.returnOffset = 0;
          throw recursionError('maximum recursion depth exceeded');
        }
        callee.f_back = frame;
        callee.state = FrameState.EXECUTING;
        ts.frame = callee;
        frame = callee;
        code = frame.f_code;
        units = code.units;
        consts = code.co_consts.items;
        names = code.co_names.items as readonly string[];
        caches = code.vmCache;
        jitFn = code.jit;
        stack = frame.localsplus;
        pc = frame.pc;
        sp = frame.sp;
      }
      }
    } catch (err) {
      raised = err;
      if (jitState.lasti >= 0) {
        // Raised in compiled code, which stored the frame's stack and the raising instruction, in
        // the innermost frame it passed through (those it called directly are pushed).
        frame = jitState.excFrame!;
        lasti = jitState.lasti;
        sp = frame.sp;
        jitState.lasti = -1;
        jitState.excFrame = null;
      }
    }
    if (raised !== undefined) {
      const at = unwind(entry, frame, lasti, sp, raised, reraising);
      if (at === null) return RAISED;
      frame = at;
      reraising = false;
      code = frame.f_code;
      units = code.units;
      consts = code.co_consts.items;
      names = code.co_names.items as readonly string[];
      caches = code.vmCache;
      jitFn = code.jit;
      stack = frame.localsplus;
      pc = frame.pc;
      sp = frame.sp;
      lasti = frame.lasti;
    }
  }
}

/**
 * An exception was raised at `lasti` of `frame` (with `sp` its stack pointer then): finds a handler in
 * that frame, else pops frames (to `entry` at most) until one has a handler, and returns the frame to
 * continue in, its pc at the handler and the exception pushed; null when no frame up to `entry` handles
 * it, the exception left in `escaping` for evalFrame to throw (a JS throw out of the loop's function
 * costs V8's unwinder a linear search of the loop's baseline code; out of evalFrame, optimized, little).
 * `reraise`: a re-raise (RERAISE, bare raise), which adds no traceback entry.
 * Out of the loop's function, so that V8 need not compile it with the loop, nor throw the loop's
 * optimized code away the first time an exception is caught.
 * CPython: ceval.c exception_unwind (which uses INSTR_OFFSET(), not instr_ptr, to search the table)
 */
function unwind(entry: Frame, frame: Frame, lasti: number, sp: number, err: unknown, reraise: boolean): Frame | null {
  const ts = tstate;
  if (err instanceof HostInterrupt) {
    // Not a Python exception: leave every frame of this activation without running handlers.
    for (let f: Frame | null = frame; f !== null; ) {
      const back: Frame | null = f === entry ? null : f.f_back;
      f.state = FrameState.COMPLETED;
      if (f.gen !== null && f !== entry) genLeaveInline(f, true);
      ts.pyDepth--;
      f = back;
    }
    ts.frame = entry.f_back;
    throw err;
  }
  // `lasti` is where to search the exception table; frame.lasti what tracebacks show (they differ
  // only after RERAISE).
  let exc = toPyException(err);
  let re = reraise;
  if (!re) frame.lasti = lasti;
  frame.sp = sp;
  for (;;) {
    const back = frame.f_back;
    if (unwindFrame(frame, lasti, exc, re)) return frame;
    exc = unwound!;
    if (frame === entry) {
      escaping = exc;
      return null;
    }
    if (frame.gen !== null) genLeaveInline(frame, true);
    frame = back!;
    frame.returnOffset = 0;
    lasti = frame.lasti;
    re = false;
    exc = toPyException(exc);
  }
}

/** The exception as unwindFrame left it (sys.monitoring callbacks may replace it). */
let unwound: PyBaseException | null = null;

/**
 * One frame's part of unwinding: `exc` raised at `lasti` of `frame` (its stack stored up to
 * frame.sp) gets its traceback entry (unless re-raised); true when the frame has a handler there
 * (frame.pc at it, the exception pushed), else false, the frame finished and popped.
 */
function unwindFrame(frame: Frame, lasti: number, exc: PyBaseException, re: boolean): boolean {
  const ts = tstate;
  if (!re) {
    chainContext(exc);
    addTraceback(exc, frame);
  }
  if (monitoring.active) exc = monitorRaise(frame, lasti, exc, re);
  const stack = frame.localsplus;
  const h = findHandler(frame.f_code, lasti);
  if (h !== null) {
    if (monitoring.active) exc = monitorHandled(frame, h.target, exc);
    const base = frame.f_code.co_nlocalsplus + h.depth;
    if (gcLive.count !== 0) droppedSlots(stack, base, frame.sp, exc);
    for (let i = base; i < frame.sp; i++) stack[i] = undefined;
    let top = base;
    if (h.lasti) stack[top++] = frame.lasti;
    stack[top++] = exc;
    frame.sp = top;
    frame.pc = h.target;
    // The loop reloads lasti from the frame: the handler runs with the raising instruction's.
    unwound = exc;
    return true;
  }
  // No handler here: the frame is finished; the exception continues in the caller.
  if (monitoring.active) exc = monitorUnwind(frame, lasti, exc);
  frame.state = FrameState.COMPLETED;
  if (gcLive.count !== 0) droppedSlots(stack, frame.f_code.co_nlocalsplus, frame.sp, exc);
  for (let i = frame.f_code.co_nlocalsplus; i < frame.sp; i++) stack[i] = undefined;
  ts.frame = frame.f_back;
  ts.pyDepth--;
  unwound = exc;
  return false;
}

/**
 * A frame compiled code called directly stopped with JIT_RAISE (it has no handler there): popped
 * as the loop's unwinding pops it; returns the exception, to continue in the caller `f.f_back`
 * (whose lasti is the call).
 */
function jitPopRaised(f: Frame): PyBaseException {
  const exc = toPyException(jitState.exc!);
  jitState.exc = undefined;
  const back = f.f_back!;
  unwindFrame(f, jitState.raiseAt, exc, jitState.reraise);
  if (f.gen !== null) genLeaveInline(f, true);
  back.returnOffset = 0;
  return toPyException(unwound!);
}

/**
 * `exc`, come out of the frame `frame` called directly at `at`, unwound to frame's handler there
 * (compiled code calls this only where the exception table has one); compiled code goes on at it.
 */
function jitHandle(frame: Frame, at: number, exc: PyBaseException): void {
  if (!unwindFrame(frame, at, exc, false)) throw systemError('compiled code: no handler where the exception table has one');
}

/**
 * The except clause of compiled code (vm/jit.ts): `err` was raised at `at` of `frame`, whose stack
 * compiled code has stored (frame.sp), or came out of the frame it called there directly (then
 * jitState.excFrame, which the loop would unwind first).  When `frame` has a handler there, unwinds
 * as the loop does (sys.monitoring events and finalization included) and returns true, `frame` at the
 * handler; else false, and the loop unwinds.
 */
function jitCatch(frame: Frame, at: number, err: unknown, reraise: boolean): boolean {
  if (at < 0 || err instanceof HostInterrupt || findHandler(frame.f_code, at) === null) return false;
  let start = frame;
  let lasti = at;
  if (jitState.lasti >= 0) {
    start = jitState.excFrame!;
    if (start.f_back !== frame || findHandler(start.f_code, jitState.lasti) !== null) return false;
    lasti = jitState.lasti;
    jitState.lasti = -1;
    jitState.excFrame = null;
    frame.lasti = at;
  }
  if (unwind(frame, start, lasti, start.sp, err, reraise) === null) throw takeEscaping();
  return true;
}

/** A specialized CALL whose guard failed: back to the generic CALL, which this one call then is. */
function callDeopted(frame: Frame, stack: (PyValue | undefined)[], sp: number, oparg: number, units: Uint16Array, lasti: number): number {
  deopt(units, lasti, Op.CALL);
  frame.lasti = lasti;
  const r = callAny(stack, sp - oparg - 2, sp, null);
  sp -= oparg + 2;
  if (r === undefined) return ~sp;
  stack[sp++] = r;
  return sp;
}

/**
 * The instructions evalFrame runs out of line: rarer ones that only work on the value stack (no
 * jumps, no frame switches), so that the loop stays small for V8. Returns the new stack pointer, or
 * its bitwise complement when a call left a Python frame to push in callTarget.frame.
 */
function runFramesSlow(frame: Frame, op: number, oparg: number, stack: (PyValue | undefined)[], sp: number, lasti: number): number {
  // What these instructions call (slots in Python, warnings) may read the frame's line.
  frame.lasti = lasti;
  const code = frame.f_code;
  const units = code.units;
  const caches = code.vmCache;
  const names = code.co_names.items as readonly string[];
  const ts = tstate;
  switch (op) {
    case Op.CACHE:
      return sp;
    case Op.DELETE_FAST: {
      const old = stack[oparg];
      deleteFast(code, stack, oparg);
      if (gcLive.count !== 0) droppedValue(old);
      return sp;
    }
    case Op.END_SEND:
      stack[sp - 2] = stack[sp - 1];
      stack[--sp] = undefined;
      return sp;
    case Op.CONTAINS_OP: {
      const b = stack[--sp]!;
      const a = stack[sp - 1]!;
      stack[sp] = undefined;
      stack[sp - 1] = containsOp(a, b) !== (oparg === 1);
      return sp;
    }
    case Op.UNARY_NEGATIVE:
      stack[sp - 1] = unaryNegative(stack[sp - 1]!);
      return sp;
    case Op.UNARY_INVERT:
      stack[sp - 1] = unaryInvert(stack[sp - 1]!);
      return sp;

    // ---- jumps ----
    case Op.GET_ITER: {
      const v = stack[sp - 1]!;
      stack[sp - 1] = v instanceof PyList && v.ob_type === ListType ? new PyListIter(v) : PyObject_GetIter(v);
      return sp;
    }
    case Op.GET_LEN:
      stack[sp] = getLen(stack[sp - 1]!);
      sp++;
      return sp;

    // ---- names ----
    case Op.STORE_GLOBAL: {
      const old = gcLive.count !== 0 ? boundValue(frame.f_globals, names[oparg]) : undefined;
      storeGlobal(frame, names[oparg], stack[--sp]!);
      stack[sp] = undefined;
      if (old !== undefined) droppedValue(old);
      return sp;
    }
    case Op.DELETE_GLOBAL: {
      const old = gcLive.count !== 0 ? boundValue(frame.f_globals, names[oparg]) : undefined;
      deleteGlobal(frame, names[oparg]);
      if (old !== undefined) droppedValue(old);
      return sp;
    }
    case Op.LOAD_NAME:
      stack[sp++] = loadName(frame, names[oparg]);
      return sp;
    case Op.STORE_NAME: {
      const old = gcLive.count !== 0 ? boundValue(frame.f_locals, names[oparg]) : undefined;
      storeName(frame, names[oparg], stack[--sp]!);
      stack[sp] = undefined;
      if (old !== undefined) droppedValue(old);
      return sp;
    }
    case Op.DELETE_NAME: {
      const old = gcLive.count !== 0 ? boundValue(frame.f_locals, names[oparg]) : undefined;
      deleteName(frame, names[oparg]);
      if (old !== undefined) droppedValue(old);
      return sp;
    }
    case Op.LOAD_LOCALS:
      stack[sp++] = loadLocals(frame);
      return sp;
    case Op.LOAD_FROM_DICT_OR_GLOBALS:
      stack[sp - 1] = loadFromDictOrGlobals(frame, stack[sp - 1]!, names[oparg]);
      return sp;
    case Op.LOAD_FROM_DICT_OR_DEREF:
      stack[sp - 1] = loadFromDictOrDeref(frame, stack[sp - 1]!, oparg);
      return sp;
    case Op.DELETE_DEREF: {
      const cell = stack[oparg] as PyCell;
      if (cell.ob_ref === undefined) loadDeref(code, oparg);
      cell.ob_ref = undefined;
      return sp;
    }
    case Op.MAKE_CELL:
      makeCell(stack, oparg);
      return sp;
    case Op.COPY_FREE_VARS:
      copyFreeVars(frame, oparg);
      return sp;

    // ---- attributes ----
    case Op.LOAD_ATTR_METHOD_LAZY_DICT: {
      const owner = stack[sp - 1]!;
      const c = caches![lasti] as InlineCache;
      if (typeof owner === 'object' && owner.ob_type.tp_version_tag === c.version) {
        const d = (owner as unknown as HeapFields).ob_dict;
        if (d == null || d.findStr(c.name) < 0) {
          stack[sp - 1] = c.obj as PyValue;
          stack[sp++] = owner;
          return sp;
        }
      }
      sp = loadAttrMiss(units, lasti, stack, sp, oparg, names[oparg >>> 1]);
      return sp;
    }
    case Op.LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES:
    case Op.LOAD_ATTR_NONDESCRIPTOR_NO_DICT: {
      const owner = stack[sp - 1]!;
      const c = caches![lasti] as InlineCache;
      if (typeof owner !== 'object' || owner.ob_type.tp_version_tag !== c.version) {
        sp = loadAttrMiss(units, lasti, stack, sp, oparg, names[oparg >>> 1]);
        return sp;
      }
      stack[sp - 1] = c.obj as PyValue;
      return sp;
    }
    case Op.LOAD_ATTR_SLOT: {
      const owner = stack[sp - 1]!;
      const c = caches![lasti] as InlineCache;
      if (typeof owner === 'object' && owner.ob_type.tp_version_tag === c.version) {
        const v = (owner as unknown as HeapFields).ob_slots![c.index];
        if (v !== undefined) {
          stack[sp - 1] = v;
          return sp;
        }
      }
      sp = loadAttrMiss(units, lasti, stack, sp, oparg, names[oparg >>> 1]);
      return sp;
    }
    case Op.LOAD_ATTR_CLASS: {
      const owner = stack[sp - 1]!;
      const c = caches![lasti] as InlineCache;
      if (!(owner instanceof PyType) || owner.tp_version_tag !== c.version) {
        sp = loadAttrMiss(units, lasti, stack, sp, oparg, names[oparg >>> 1]);
        return sp;
      }
      stack[sp - 1] = c.obj as PyValue;
      return sp;
    }
    case Op.STORE_ATTR_SLOT: {
      const owner = stack[sp - 1]!;
      const c = caches![lasti] as InlineCache;
      if (typeof owner !== 'object' || owner.ob_type.tp_version_tag !== c.version) {
        sp = storeAttrMiss(units, lasti, stack, sp, names[oparg]);
        return sp;
      }
      (owner as unknown as HeapFields).ob_slots![c.index] = stack[sp - 2]!;
      stack[--sp] = undefined;
      stack[--sp] = undefined;
      return sp;
    }
    case Op.DELETE_ATTR: {
      const old = gcLive.count !== 0 ? boundValue(stack[sp - 1], names[oparg]) : undefined;
      deleteAttr(stack[--sp]!, names[oparg]);
      stack[sp] = undefined;
      if (old !== undefined) droppedValue(old);
      return sp;
    }
    case Op.LOAD_SUPER_ATTR:
      sp = loadSuperAttr(frame, stack, sp, oparg, names[oparg >>> 2]);
      return sp;
    case Op.LOAD_SPECIAL:
      loadSpecial(stack, sp, oparg);
      sp++;
      return sp;

    // ---- items ----
    case Op.DELETE_SUBSCR: {
      const sub = stack[--sp]!;
      const container = stack[--sp]!;
      stack[sp] = stack[sp + 1] = undefined;
      const old = gcLive.count !== 0 ? boundValue(container, sub) : undefined;
      deleteSubscr(container, sub);
      if (old !== undefined) droppedValue(old);
      return sp;
    }
    case Op.BINARY_SLICE: {
      const stop = stack[--sp]!;
      const start = stack[--sp]!;
      stack[sp] = stack[sp + 1] = undefined;
      stack[sp - 1] = binarySlice(stack[sp - 1]!, start, stop);
      return sp;
    }
    case Op.STORE_SLICE: {
      const stop = stack[--sp]!;
      const start = stack[--sp]!;
      const container = stack[--sp]!;
      const v = stack[--sp]!;
      stack[sp] = stack[sp + 1] = stack[sp + 2] = stack[sp + 3] = undefined;
      storeSlice(container, start, stop, v);
      return sp;
    }

    // ---- building ----
    case Op.BUILD_TUPLE:
      sp = buildTuple(stack, sp, oparg);
      return sp;
    case Op.BUILD_LIST:
      sp = buildList(stack, sp, oparg);
      return sp;
    case Op.BUILD_SET:
      sp = buildSet(stack, sp, oparg);
      return sp;
    case Op.BUILD_MAP:
      sp = buildMap(stack, sp, oparg);
      return sp;
    case Op.BUILD_STRING:
      sp = buildString(stack, sp, oparg);
      return sp;
    case Op.BUILD_SLICE:
      sp = buildSlice(stack, sp, oparg);
      return sp;
    case Op.SET_ADD:
      setAdd(stack[sp - 1 - oparg]!, stack[sp - 1]!);
      stack[--sp] = undefined;
      return sp;
    case Op.MAP_ADD:
      mapAdd(stack[sp - 2 - oparg]!, stack[sp - 2]!, stack[sp - 1]!);
      stack[--sp] = undefined;
      stack[--sp] = undefined;
      return sp;
    case Op.LIST_EXTEND:
      listExtend(stack[sp - 1 - oparg]!, stack[sp - 1]!);
      stack[--sp] = undefined;
      return sp;
    case Op.SET_UPDATE:
      setUpdate(stack[sp - 1 - oparg]!, stack[sp - 1]!);
      stack[--sp] = undefined;
      return sp;
    case Op.DICT_UPDATE:
      dictUpdate(stack[sp - 1 - oparg]!, stack[sp - 1]!);
      stack[--sp] = undefined;
      return sp;
    case Op.DICT_MERGE:
      dictMerge(stack[sp - 4 - oparg]!, stack[sp - 1 - oparg]!, stack[sp - 1]!);
      stack[--sp] = undefined;
      return sp;
    case Op.BUILD_INTERPOLATION:
      sp = buildInterpolation(stack, sp, oparg);
      return sp;
    case Op.BUILD_TEMPLATE:
      stack[sp - 2] = buildTemplate(stack[sp - 2]!, stack[sp - 1]!);
      stack[--sp] = undefined;
      return sp;
    case Op.UNPACK_EX:
      sp = unpackEx(stack, sp, oparg);
      return sp;
    case Op.FORMAT_SIMPLE:
      stack[sp - 1] = formatSimple(stack[sp - 1]!);
      return sp;
    case Op.FORMAT_WITH_SPEC:
      stack[sp - 2] = formatWithSpec(stack[sp - 2]!, stack[sp - 1]!);
      stack[--sp] = undefined;
      return sp;
    case Op.CONVERT_VALUE:
      stack[sp - 1] = convertValue(stack[sp - 1]!, oparg);
      return sp;

    // ---- calls ----
    case Op.CALL_BUILTIN_FAST: {
      const base = sp - oparg - 2;
      const callable = stack[base];
      if (!(callable instanceof PyCFunction)) {
        return callDeopted(frame, stack, sp, oparg, units, lasti);
      }
      const argStart = stack[base + 1] === undefined ? base + 2 : base + 1;
      frame.lasti = lasti;
      const r = callable.callStack(stack, argStart, sp - argStart);
      for (let i = base; i < sp; i++) stack[i] = undefined;
      sp = base;
      stack[sp++] = r;
      return sp;
    }
    case Op.CALL_METHOD_DESCRIPTOR_FAST: {
      const base = sp - oparg - 2;
      const callable = stack[base];
      const self = stack[base + 1];
      if (!(callable instanceof PyMethodDescr) || self === undefined) {
        return callDeopted(frame, stack, sp, oparg, units, lasti);
      }
      frame.lasti = lasti;
      callable.checkSelf(self);
      const r = callable.callBoundStack(self, stack, base + 2, sp - base - 2);
      for (let i = base; i < sp; i++) stack[i] = undefined;
      sp = base;
      stack[sp++] = r;
      return sp;
    }
    case Op.CALL_LEN: {
      const base = sp - 3;
      if (oparg !== 1 || stack[base] !== (caches![lasti] as InlineCache).obj || stack[base + 1] !== undefined) {
        return callDeopted(frame, stack, sp, oparg, units, lasti);
      }
      frame.lasti = lasti;
      const r = builtinLen(stack[base + 2]!);
      stack[base] = r;
      stack[base + 1] = stack[base + 2] = undefined;
      sp = base + 1;
      return sp;
    }
    case Op.CALL_ISINSTANCE: {
      const base = sp - 4;
      if (oparg !== 2 || stack[base] !== (caches![lasti] as InlineCache).obj || stack[base + 1] !== undefined) {
        return callDeopted(frame, stack, sp, oparg, units, lasti);
      }
      frame.lasti = lasti;
      const r = PyObject_IsInstance(stack[base + 2]!, stack[base + 3]!);
      stack[base] = r;
      stack[base + 1] = stack[base + 2] = stack[base + 3] = undefined;
      sp = base + 1;
      return sp;
    }
    case Op.CALL_LIST_APPEND: {
      const base = sp - 3;
      const self = stack[base + 1];
      if (oparg !== 1 || stack[base] !== (caches![lasti] as InlineCache).obj || !(self instanceof PyList) || self.ob_type !== ListType) {
        return callDeopted(frame, stack, sp, oparg, units, lasti);
      }
      self.items.push(stack[base + 2]!);
      stack[base] = None;
      stack[base + 1] = stack[base + 2] = undefined;
      sp = base + 1;
      return sp;
    }
    case Op.CALL_TYPE_1: {
      const base = sp - 3;
      if (oparg !== 1 || stack[base] !== TypeType || stack[base + 1] !== undefined) {
        return callDeopted(frame, stack, sp, oparg, units, lasti);
      }
      stack[base] = typeOf(stack[base + 2]!);
      stack[base + 1] = stack[base + 2] = undefined;
      sp = base + 1;
      return sp;
    }
    case Op.CALL_STR_1:
    case Op.CALL_TUPLE_1: {
      const base = sp - 3;
      if (oparg !== 1 || stack[base] !== (op === Op.CALL_STR_1 ? PRIMITIVE_TYPES.str : TupleType) || stack[base + 1] !== undefined) {
        return callDeopted(frame, stack, sp, oparg, units, lasti);
      }
      frame.lasti = lasti;
      const arg = stack[base + 2]!;
      stack[base] = op === Op.CALL_STR_1 ? PyObject_StrObject(arg) : exactTupleOf(arg);
      stack[base + 1] = stack[base + 2] = undefined;
      return base + 1;
    }
    case Op.CALL_BUILTIN_CLASS: {
      const base = sp - oparg - 2;
      const callable = stack[base]!;
      if (!(callable instanceof PyType) || callable.tp_vectorcall === null) {
        return callDeopted(frame, stack, sp, oparg, units, lasti);
      }
      const argStart = stack[base + 1] === undefined ? base + 2 : base + 1;
      frame.lasti = lasti;
      const r = callNonPy(callable, stack, argStart, sp - argStart, null);
      for (let i = base; i < sp; i++) stack[i] = undefined;
      stack[base] = r;
      return base + 1;
    }
    case Op.CALL_NON_PY_GENERAL: {
      const base = sp - oparg - 2;
      const callable = stack[base]!;
      if (callable instanceof PyFunction || callable instanceof PyMethod) {
        return callDeopted(frame, stack, sp, oparg, units, lasti);
      }
      const argStart = stack[base + 1] === undefined ? base + 2 : base + 1;
      frame.lasti = lasti;
      const r = callNonPy(callable, stack, argStart, sp - argStart, null);
      for (let i = base; i < sp; i++) stack[i] = undefined;
      sp = base;
      stack[sp++] = r;
      return sp;
    }
    case Op.CALL_INTRINSIC_1:
      stack[sp - 1] = callIntrinsic1(frame, oparg, stack[sp - 1]!);
      return sp;
    case Op.CALL_INTRINSIC_2: {
      const v1 = stack[--sp]!;
      stack[sp] = undefined;
      stack[sp - 1] = callIntrinsic2(frame, oparg, stack[sp - 1]!, v1);
      return sp;
    }
    case Op.MAKE_FUNCTION:
      stack[sp - 1] = makeFunction(frame, stack[sp - 1]!);
      return sp;
    case Op.SET_FUNCTION_ATTRIBUTE: {
      const func = stack[--sp]!;
      stack[sp] = undefined;
      setFunctionAttribute(func, stack[sp - 1]!, oparg);
      stack[sp - 1] = func;
      return sp;
    }
    case Op.EXIT_INIT_CHECK:
      exitInitCheck(stack[--sp]!);
      stack[sp] = undefined;
      return sp;

    // ---- returning and generators ----
    case Op.GET_AWAITABLE:
      stack[sp - 1] = getAwaitable(stack[sp - 1]!, oparg);
      return sp;
    case Op.GET_AITER:
      stack[sp - 1] = getAIter(stack[sp - 1]!);
      return sp;
    case Op.GET_ANEXT:
      stack[sp] = getANext(stack[sp - 1]!);
      sp++;
      return sp;
    case Op.GET_YIELD_FROM_ITER:
      stack[sp - 1] = getYieldFromIter(frame, stack[sp - 1]!);
      return sp;
    // ---- exceptions ----
    case Op.PUSH_EXC_INFO: {
      const exc = stack[sp - 1]!;
      const info = ts.excInfo;
      stack[sp - 1] = info.value;
      info.value = exc;
      stack[sp++] = exc;
      return sp;
    }
    case Op.POP_EXCEPT: {
      const old = ts.excInfo.value;
      ts.excInfo.value = stack[--sp]!;
      stack[sp] = undefined;
      if (gcLive.count !== 0) droppedValue(old);
      return sp;
    }
    case Op.CHECK_EXC_MATCH:
      stack[sp - 1] = checkExcMatch(stack[sp - 2]!, stack[sp - 1]!);
      return sp;
    case Op.CHECK_EG_MATCH:
      // A naked exception wrapped in a group gets a traceback entry at this instruction.
      frame.lasti = lasti;
      checkEgMatch(stack, sp);
      return sp;
    case Op.WITH_EXCEPT_START:
      stack[sp] = withExceptStart(stack[sp - 5]!, stack[sp - 4], stack[sp - 1]!);
      sp++;
      return sp;

    // ---- modules, classes, misc ----
    case Op.IMPORT_NAME: {
      frame.lasti = lasti;
      const fromlist = stack[--sp]!;
      stack[sp] = undefined;
      stack[sp - 1] = importName(frame, names[oparg], fromlist, stack[sp - 1]!);
      return sp;
    }
    case Op.IMPORT_FROM:
      stack[sp] = importFrom(stack[sp - 1]!, names[oparg]);
      sp++;
      return sp;
    case Op.LOAD_BUILD_CLASS:
      stack[sp++] = loadBuildClass(frame);
      return sp;
    case Op.SETUP_ANNOTATIONS:
      setupAnnotations(frame);
      return sp;
    case Op.LOAD_COMMON_CONSTANT:
      stack[sp++] = loadCommonConstant(oparg);
      return sp;
    case Op.MATCH_CLASS: {
      const kwnames = stack[--sp]!;
      const cls = stack[--sp]!;
      stack[sp] = stack[sp + 1] = undefined;
      stack[sp - 1] = matchClass(stack[sp - 1]!, cls, oparg, kwnames);
      return sp;
    }
    case Op.MATCH_MAPPING:
      stack[sp] = matchMapping(stack[sp - 1]!);
      sp++;
      return sp;
    case Op.MATCH_SEQUENCE:
      stack[sp] = matchSequence(stack[sp - 1]!);
      sp++;
      return sp;
    case Op.MATCH_KEYS:
      stack[sp] = matchKeys(stack[sp - 2]!, stack[sp - 1]!);
      sp++;
      return sp;


    default:
      throw new Error(`evalFrame: unknown opcode ${op} at ${lasti} in ${code.co_qualname}`);
  }
}

/** BINARY_OP on two ints held as JS numbers, for the operators the loop does not do inline. */
function intArith(oparg: number, a: number, b: number): PyValue {
  switch (oparg) {
    case 2: // //
    case 15:
      return intFloorDiv(a, b);
    case 6: // %
    case 19:
      return intMod(a, b);
    case 11: // /
    case 24:
      return intTrueDiv(a, b);
    case 1: // &
    case 14:
      return intAnd(a, b);
    case 7: // |
    case 20:
      return intOr(a, b);
    case 12: // ^
    case 25:
      return intXor(a, b);
  }
  return binaryOp(oparg, a, b);
}

/**
 * BINARY_OP's + - * / when one operand is an exact float and the other an exact float or an int held
 * as a JS number (which converts to a double exactly, as CPython's int-to-float coercion does).
 */
function floatArith(oparg: number, a: PyValue, b: PyValue): PyValue {
  let x: number;
  let y: number;
  if (a instanceof PyFloat && a.ob_type === FloatType) x = a.value;
  else if (typeof a === 'number') x = a;
  else return binaryOp(oparg, a, b);
  if (b instanceof PyFloat && b.ob_type === FloatType) y = b.value;
  else if (typeof b === 'number') y = b;
  else return binaryOp(oparg, a, b);
  switch (oparg) {
    case 0:
    case 13:
      return new PyFloat(x + y);
    case 10:
    case 23:
      return new PyFloat(x - y);
    case 5:
    case 18:
      return new PyFloat(x * y);
    case 11:
    case 24:
      if (y !== 0) return new PyFloat(x / y);
  }
  return binaryOp(oparg, a, b);
}

function notAnIterator(it: PyValue): PyValue {
  return typeError(`'${typeOf(it).tp_name}' object is not an iterator`);
}

/** FOR_ITER's general case: tp_iternext, with StopIteration meaning the end.  CPython: _FOR_ITER */
function forIterNext(it: PyValue): PyValue | undefined {
  const f = typeOf(it).tp_iternext;
  if (f === null) throw notAnIterator(it);
  try {
    return f(it);
  } catch (e) {
    if (e instanceof PyStopIteration || isStopIteration(e)) return undefined;
    throw e;
  }
}


/**
 * A call of a generator function from compiled code, as the loop's frame push and RETURN_GENERATOR
 * do it, without the push: `f`'s first instructions (MAKE_CELL, COPY_FREE_VARS) run, then the
 * generator is made, the frame suspended after RETURN_GENERATOR.  undefined when those instructions
 * are other ones (instrumented code): the loop then pushes the frame.
 */
function genCreate(f: Frame): PyValue | undefined {
  const units = f.f_code.units;
  let pc = 0;
  for (;;) {
    let word = units[pc++];
    let op = word & 0xff;
    let oparg = word >>> 8;
    while (op === Op.EXTENDED_ARG) {
      word = units[pc++];
      op = word & 0xff;
      oparg = (oparg << 8) | (word >>> 8);
    }
    if (op === Op.RETURN_GENERATOR) break;
    if (op === Op.MAKE_CELL) makeCell(f.localsplus, oparg);
    else if (op === Op.COPY_FREE_VARS) copyFreeVars(f, oparg);
    else return undefined;
  }
  f.pc = pc;
  f.lasti = pc - 1;
  return makeGeneratorFor(f);
}

/**
 * Runs each function of a new compiled code object once through its frame-storing exit, on a frame
 * made for the purpose (vm/jit.ts, JIT_PROBE_NESTED), so that V8 has type feedback there before it
 * optimizes them; jitState as it was.
 */
function jitProbe(code: PyCode, fns: readonly ((f: Frame) => number)[]): void {
  const d = new PyDict();
  const f = new Frame(code, d, d, null, null);
  for (const fn of fns) {
    f.pc = JIT_PROBE_NESTED;
    fn(f);
    f.pc = JIT_PROBE_INTERP;
    fn(f);
  }
  jitState.inner = null;
  jitState.innerStatus = 0;
}

// What compiled code (vm/jit.ts) calls and checks: the loop's own helpers and types.
setJitHelpers(() => ({
  PyFloat, FloatType, PyList, ListType, PyTuple, TupleType, PyRangeIter, PyListIter, PyModule, ModuleType, None,
  gcLive, evalBreaker, monitoring,
  intAdd, intSub, intMul, intArith, floatArith, binaryOp, compareOp, toBool, PyObject_IsTrue, forIterNext,
  loadGlobal, loadGlobalMiss, loadDeref, loadAttr, loadMethod, storeAttr, storeSubscr, listAppend, unpackSequence, callAny,
  unboundLocal, runFramesSlow, Frame, PyFunction, PyMethod, callTarget, PyGenObject, GeneratorType, genEnterInline,
  PyType, allocObject, PyDict, DictType, keyError, jitScratch: [undefined, undefined], builtinLen, PyObject_IsInstance,
  TS: () => tstate, PyCell, genLeaveInline, containsOp, PyObject_GetIter, strMethod, fastNativeShape, PyMethodDescr, strType: typeOf(''), loadName, storeName,
  doRaise, jitCatch, genCreate, jitProbe, jitPopRaised, jitHandle, jitHeat,
  setAdd, mapAdd, deleteSubscr, loadSpecial, checkExcMatch, binarySlice, makeFunction, setFunctionAttribute,
  formatSimple, formatWithSpec, strValue, PySlice, loadSuperAttr,
  unaryNegative, unaryInvert, convertValue, callIntrinsic1, getLen, listExtend, setUpdate, dictUpdate, dictMerge,
  newSet, storeGlobal, genSend, PyStopIteration, exCallArgs, prepareCall, callFunctionEx, PyObject_StrObject, exactTupleOf, typeOf,
  recursionLimitError: () => recursionError('maximum recursion depth exceeded'),
  initNotNone: (v: PyValue) => typeError(`__init__() should return None, not '${typeOf(v).tp_name}'`),
}));
