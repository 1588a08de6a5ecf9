// The evaluation loop.  CPython: Python/ceval.c _PyEval_EvalFrameDefault, Python/bytecodes.c
//
// One JS activation of evalFrame runs a chain of Python frames: a call to a Python function pushes
// a frame and continues in the same loop, a return pops it, so Python recursion costs no JS stack.
// The loop keeps the running frame's hot state (pc, sp, the code units, localsplus) in locals and
// writes it back to the frame before anything that can observe or switch frames.
// Inline cases are the short, hot ones; everything else is one call into vm/ops/.
// Jump arguments are relative to the instruction after the inline cache entries, as in CPython.

import { None, type PyValue } from '../objects/object.ts';
import { Op } from '../bytecode/opcodes.generated.ts';
import { tstate } from './thread-state.ts';
import { Frame, FrameState } from './frame.ts';
import { PyFunction, PyMethod } from '../objects/function.ts';
import { PyFloat } from '../objects/float.ts';
import { PyList, PyListIter } from '../objects/list.ts';
import { PyTuple } from '../objects/tuple.ts';
import { intAdd, intSub, intMul } from '../objects/int.ts';
import { PyObject_IsTrue, PyIter_Next, PyObject_GetIter } from '../objects/abstract.ts';
import { typeOf } from '../objects/type.ts';
import { recursionError } from '../objects/exceptions.ts';
import { prepareCall, callNonPy, callFunctionEx } from './ops/call.ts';
import { binaryOp, compareOp, toBool, unaryNegative, unaryInvert, containsOp, binarySlice, storeSlice, storeSubscr, deleteSubscr } from './ops/number.ts';
import {
  loadGlobal,
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
import { loadAttr, loadMethod, storeAttr, deleteAttr, loadSuperAttr, loadSpecial } from './ops/attr.ts';
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
import { makeGeneratorFor, genSend, getAwaitable, getAIter, getANext, endAsyncFor, cleanupThrow, getYieldFromIter } from './ops/gen.ts';
import { PyCell } from '../objects/function.ts';
import { PyRangeIter } from '../objects/range.ts';
import { evalBreaker, handleEvalBreaker, HostInterrupt } from './eval-breaker.ts';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

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
  let frame = entry;
  let code = frame.f_code;
  let units = code.units;
  let consts = code.co_consts.items;
  let names = code.co_names.items as readonly string[];
  let stack = frame.localsplus;
  let pc = frame.pc;
  let sp = frame.sp;
  let lasti = frame.lasti;
  let reraising = false;
  let pending: PyValue | undefined = throwIn;

  for (;;) {
    try {
      if (pending !== undefined) {
        const e = pending;
        pending = undefined;
        throw e;
      }
      for (;;) {
        let word = units[pc++];
        let op = word & 0xff;
        let oparg = word >>> 8;
        while (op === Op.EXTENDED_ARG) {
          word = units[pc++];
          op = word & 0xff;
          oparg = (oparg << 8) | (word >>> 8);
        }
        lasti = pc - 1;
        switch (op) {
          // ---- locals and constants ----
          case Op.LOAD_FAST:
          case Op.LOAD_FAST_BORROW:
            stack[sp++] = stack[oparg];
            continue;
          case Op.LOAD_FAST_CHECK: {
            const v = stack[oparg];
            if (v === undefined) throw unboundLocal(code, oparg);
            stack[sp++] = v;
            continue;
          }
          case Op.LOAD_FAST_LOAD_FAST:
          case Op.LOAD_FAST_BORROW_LOAD_FAST_BORROW:
            stack[sp++] = stack[oparg >>> 4];
            stack[sp++] = stack[oparg & 15];
            continue;
          case Op.LOAD_FAST_AND_CLEAR:
            stack[sp++] = stack[oparg];
            stack[oparg] = undefined;
            continue;
          case Op.STORE_FAST:
            stack[oparg] = stack[--sp];
            continue;
          case Op.STORE_FAST_LOAD_FAST:
            stack[oparg >>> 4] = stack[--sp];
            stack[sp++] = stack[oparg & 15];
            continue;
          case Op.STORE_FAST_STORE_FAST:
            stack[oparg >>> 4] = stack[--sp];
            stack[oparg & 15] = stack[--sp];
            continue;
          case Op.DELETE_FAST:
            deleteFast(code, stack, oparg);
            continue;
          case Op.LOAD_CONST:
            stack[sp++] = consts[oparg];
            continue;
          case Op.LOAD_SMALL_INT:
            stack[sp++] = oparg;
            continue;

          // ---- stack manipulation ----
          case Op.POP_TOP:
          case Op.POP_ITER:
          case Op.END_FOR:
            stack[--sp] = undefined;
            continue;
          case Op.PUSH_NULL:
            stack[sp++] = undefined;
            continue;
          case Op.COPY:
            stack[sp] = stack[sp - oparg];
            sp++;
            continue;
          case Op.SWAP: {
            const t = stack[sp - 1];
            stack[sp - 1] = stack[sp - oparg];
            stack[sp - oparg] = t;
            continue;
          }
          case Op.END_SEND:
            stack[sp - 2] = stack[sp - 1];
            stack[--sp] = undefined;
            continue;
          case Op.NOP:
          case Op.NOT_TAKEN:
          case Op.CACHE:
            continue;
          case Op.RESUME:
            if (--evalBreaker.counter <= 0) handleEvalBreaker(frame);
            continue;

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
                  r = binaryOp(oparg, a, b);
              }
            } else if (a instanceof PyFloat && b instanceof PyFloat && a.ob_type === b.ob_type && (oparg === 0 || oparg === 13 || oparg === 10 || oparg === 23 || oparg === 5 || oparg === 18)) {
              const x = a.value;
              const y = b.value;
              r = new PyFloat(oparg === 0 || oparg === 13 ? x + y : oparg === 10 || oparg === 23 ? x - y : x * y);
              if (a.ob_type !== (PyFloat.prototype as { ob_type: unknown }).ob_type) r = binaryOp(oparg, a, b);
            } else if (oparg === 26 && a instanceof PyList && typeof b === 'number' && a.ob_type === (PyList.prototype as { ob_type: unknown }).ob_type) {
              const items = a.items;
              const i = b < 0 ? b + items.length : b;
              r = i >= 0 && i < items.length ? items[i] : binaryOp(oparg, a, b);
            } else if ((oparg === 0 || oparg === 13) && typeof a === 'string' && typeof b === 'string') {
              r = a + b;
            } else r = binaryOp(oparg, a, b);
            stack[sp - 1] = r;
            stack[sp] = undefined;
            pc += 5;
            continue;
          }
          case Op.COMPARE_OP: {
            const b = stack[--sp]!;
            const a = stack[sp - 1]!;
            stack[sp] = undefined;
            if (typeof a === 'number' && typeof b === 'number') {
              let r: boolean;
              switch (oparg >>> 5) {
                case 0:
                  r = a < b;
                  break;
                case 1:
                  r = a <= b;
                  break;
                case 2:
                  r = a === b;
                  break;
                case 3:
                  r = a !== b;
                  break;
                case 4:
                  r = a > b;
                  break;
                default:
                  r = a >= b;
              }
              stack[sp - 1] = r;
            } else stack[sp - 1] = compareOp(oparg, a, b);
            pc += 1;
            continue;
          }
          case Op.IS_OP: {
            const b = stack[--sp];
            const a = stack[sp - 1];
            stack[sp] = undefined;
            stack[sp - 1] = (a === b) !== (oparg === 1);
            continue;
          }
          case Op.CONTAINS_OP: {
            const b = stack[--sp]!;
            const a = stack[sp - 1]!;
            stack[sp] = undefined;
            stack[sp - 1] = containsOp(a, b) !== (oparg === 1);
            pc += 1;
            continue;
          }
          case Op.TO_BOOL: {
            const v = stack[sp - 1]!;
            if (typeof v !== 'boolean') stack[sp - 1] = toBool(v);
            pc += 3;
            continue;
          }
          case Op.UNARY_NOT:
            stack[sp - 1] = !stack[sp - 1];
            continue;
          case Op.UNARY_NEGATIVE:
            stack[sp - 1] = unaryNegative(stack[sp - 1]!);
            continue;
          case Op.UNARY_INVERT:
            stack[sp - 1] = unaryInvert(stack[sp - 1]!);
            continue;

          // ---- jumps ----
          case Op.POP_JUMP_IF_FALSE: {
            const v = stack[--sp];
            stack[sp] = undefined;
            pc += 1;
            if (v === false || (v !== true && !PyObject_IsTrue(v!))) pc += oparg;
            continue;
          }
          case Op.POP_JUMP_IF_TRUE: {
            const v = stack[--sp];
            stack[sp] = undefined;
            pc += 1;
            if (v === true || (v !== false && PyObject_IsTrue(v!))) pc += oparg;
            continue;
          }
          case Op.POP_JUMP_IF_NONE: {
            const v = stack[--sp];
            stack[sp] = undefined;
            pc += 1;
            if (v === None) pc += oparg;
            continue;
          }
          case Op.POP_JUMP_IF_NOT_NONE: {
            const v = stack[--sp];
            stack[sp] = undefined;
            pc += 1;
            if (v !== None) pc += oparg;
            continue;
          }
          case Op.JUMP_FORWARD:
            pc += oparg;
            continue;
          case Op.JUMP_BACKWARD:
            pc += 1 - oparg;
            if (--evalBreaker.counter <= 0) {
              frame.pc = pc;
              frame.lasti = lasti;
              handleEvalBreaker(frame);
            }
            continue;
          case Op.JUMP_BACKWARD_NO_INTERRUPT:
            pc -= oparg;
            continue;

          // ---- iteration ----
          case Op.GET_ITER: {
            const v = stack[sp - 1]!;
            stack[sp - 1] = v instanceof PyList && v.ob_type === (PyList.prototype as { ob_type: unknown }).ob_type ? new PyListIter(v) : PyObject_GetIter(v);
            continue;
          }
          case Op.FOR_ITER: {
            const it = stack[sp - 1]!;
            let next: PyValue | undefined;
            if (it instanceof PyListIter) {
              const l = it.list;
              if (l !== null && it.index < l.items.length) next = l.items[it.index++];
              else {
                it.list = null;
                next = undefined;
              }
            } else if (it instanceof PyRangeIter) {
              if (it.remaining > 0) {
                next = it.next;
                it.next += it.step;
                it.remaining--;
              } else next = undefined;
            } else {
              next = forIterNext(it);
            }
            pc += 1;
            if (next === undefined) pc += oparg + 1;
            else stack[sp++] = next;
            continue;
          }
          case Op.GET_LEN:
            stack[sp] = getLen(stack[sp - 1]!);
            sp++;
            continue;

          // ---- names ----
          case Op.LOAD_GLOBAL: {
            stack[sp++] = loadGlobal(frame, names[oparg >>> 1]);
            if (oparg & 1) stack[sp++] = undefined;
            pc += 4;
            continue;
          }
          case Op.STORE_GLOBAL:
            storeGlobal(frame, names[oparg], stack[--sp]!);
            stack[sp] = undefined;
            continue;
          case Op.DELETE_GLOBAL:
            deleteGlobal(frame, names[oparg]);
            continue;
          case Op.LOAD_NAME:
            stack[sp++] = loadName(frame, names[oparg]);
            continue;
          case Op.STORE_NAME:
            storeName(frame, names[oparg], stack[--sp]!);
            stack[sp] = undefined;
            continue;
          case Op.DELETE_NAME:
            deleteName(frame, names[oparg]);
            continue;
          case Op.LOAD_LOCALS:
            stack[sp++] = loadLocals(frame);
            continue;
          case Op.LOAD_FROM_DICT_OR_GLOBALS:
            stack[sp - 1] = loadFromDictOrGlobals(frame, stack[sp - 1]!, names[oparg]);
            continue;
          case Op.LOAD_FROM_DICT_OR_DEREF:
            stack[sp - 1] = loadFromDictOrDeref(frame, stack[sp - 1]!, oparg);
            continue;
          case Op.LOAD_DEREF: {
            const cell = stack[oparg] as PyCell;
            const v = cell.ob_ref;
            stack[sp++] = v !== undefined ? v : loadDeref(code, oparg);
            continue;
          }
          case Op.STORE_DEREF:
            (stack[oparg] as PyCell).ob_ref = stack[--sp];
            stack[sp] = undefined;
            continue;
          case Op.DELETE_DEREF: {
            const cell = stack[oparg] as PyCell;
            if (cell.ob_ref === undefined) loadDeref(code, oparg);
            cell.ob_ref = undefined;
            continue;
          }
          case Op.MAKE_CELL:
            makeCell(stack, oparg);
            continue;
          case Op.COPY_FREE_VARS:
            copyFreeVars(frame, oparg);
            continue;

          // ---- attributes and items ----
          case Op.LOAD_ATTR: {
            const owner = stack[sp - 1]!;
            if (oparg & 1) {
              sp = loadMethod(stack, sp, owner, names[oparg >>> 1]);
            } else stack[sp - 1] = loadAttr(owner, names[oparg >>> 1]);
            pc += 9;
            continue;
          }
          case Op.STORE_ATTR: {
            const owner = stack[--sp]!;
            const v = stack[--sp]!;
            stack[sp] = stack[sp + 1] = undefined;
            storeAttr(owner, names[oparg], v);
            pc += 4;
            continue;
          }
          case Op.DELETE_ATTR:
            deleteAttr(stack[--sp]!, names[oparg]);
            stack[sp] = undefined;
            continue;
          case Op.LOAD_SUPER_ATTR:
            sp = loadSuperAttr(frame, stack, sp, oparg, names[oparg >>> 2]);
            pc += 1;
            continue;
          case Op.LOAD_SPECIAL:
            loadSpecial(stack, sp, oparg);
            sp++;
            continue;
          case Op.STORE_SUBSCR: {
            const sub = stack[--sp]!;
            const container = stack[--sp]!;
            const v = stack[--sp]!;
            stack[sp] = stack[sp + 1] = stack[sp + 2] = undefined;
            storeSubscr(container, sub, v);
            pc += 1;
            continue;
          }
          case Op.DELETE_SUBSCR: {
            const sub = stack[--sp]!;
            const container = stack[--sp]!;
            stack[sp] = stack[sp + 1] = undefined;
            deleteSubscr(container, sub);
            continue;
          }
          case Op.BINARY_SLICE: {
            const stop = stack[--sp]!;
            const start = stack[--sp]!;
            stack[sp] = stack[sp + 1] = undefined;
            stack[sp - 1] = binarySlice(stack[sp - 1]!, start, stop);
            continue;
          }
          case Op.STORE_SLICE: {
            const stop = stack[--sp]!;
            const start = stack[--sp]!;
            const container = stack[--sp]!;
            const v = stack[--sp]!;
            stack[sp] = stack[sp + 1] = stack[sp + 2] = stack[sp + 3] = undefined;
            storeSlice(container, start, stop, v);
            continue;
          }

          // ---- building ----
          case Op.BUILD_TUPLE:
            sp = buildTuple(stack, sp, oparg);
            continue;
          case Op.BUILD_LIST:
            sp = buildList(stack, sp, oparg);
            continue;
          case Op.BUILD_SET:
            sp = buildSet(stack, sp, oparg);
            continue;
          case Op.BUILD_MAP:
            sp = buildMap(stack, sp, oparg);
            continue;
          case Op.BUILD_STRING:
            sp = buildString(stack, sp, oparg);
            continue;
          case Op.BUILD_SLICE:
            sp = buildSlice(stack, sp, oparg);
            continue;
          case Op.LIST_APPEND:
            listAppend(stack[sp - 1 - oparg]!, stack[sp - 1]!);
            stack[--sp] = undefined;
            continue;
          case Op.SET_ADD:
            setAdd(stack[sp - 1 - oparg]!, stack[sp - 1]!);
            stack[--sp] = undefined;
            continue;
          case Op.MAP_ADD:
            mapAdd(stack[sp - 2 - oparg]!, stack[sp - 2]!, stack[sp - 1]!);
            stack[--sp] = undefined;
            stack[--sp] = undefined;
            continue;
          case Op.LIST_EXTEND:
            listExtend(stack[sp - 1 - oparg]!, stack[sp - 1]!);
            stack[--sp] = undefined;
            continue;
          case Op.SET_UPDATE:
            setUpdate(stack[sp - 1 - oparg]!, stack[sp - 1]!);
            stack[--sp] = undefined;
            continue;
          case Op.DICT_UPDATE:
            dictUpdate(stack[sp - 1 - oparg]!, stack[sp - 1]!);
            stack[--sp] = undefined;
            continue;
          case Op.DICT_MERGE:
            dictMerge(stack[sp - 4 - oparg]!, stack[sp - 1 - oparg]!, stack[sp - 1]!);
            stack[--sp] = undefined;
            continue;
          case Op.BUILD_INTERPOLATION:
            sp = buildInterpolation(stack, sp, oparg);
            continue;
          case Op.BUILD_TEMPLATE:
            stack[sp - 2] = buildTemplate(stack[sp - 2]!, stack[sp - 1]!);
            stack[--sp] = undefined;
            continue;
          case Op.UNPACK_SEQUENCE:
            sp = unpackSequence(stack, sp, oparg);
            pc += 1;
            continue;
          case Op.UNPACK_EX:
            sp = unpackEx(stack, sp, oparg);
            continue;
          case Op.FORMAT_SIMPLE:
            stack[sp - 1] = formatSimple(stack[sp - 1]!);
            continue;
          case Op.FORMAT_WITH_SPEC:
            stack[sp - 2] = formatWithSpec(stack[sp - 2]!, stack[sp - 1]!);
            stack[--sp] = undefined;
            continue;
          case Op.CONVERT_VALUE:
            stack[sp - 1] = convertValue(stack[sp - 1]!, oparg);
            continue;

          // ---- calls ----
          case Op.CALL:
          case Op.CALL_KW: {
            const kw = op === Op.CALL_KW;
            const kwnames = kw ? ((stack[--sp] as PyTuple).items as readonly string[]) : null;
            if (kw) stack[sp] = undefined;
            const base = sp - oparg - 2;
            let callable = stack[base]!;
            let self = stack[base + 1];
            if (self === undefined && callable instanceof PyMethod) {
              self = callable.im_self;
              callable = callable.im_func;
              stack[base] = callable;
              stack[base + 1] = self;
            }
            const argStart = self === undefined ? base + 2 : base + 1;
            const nargs = sp - argStart - (kwnames === null ? 0 : kwnames.length);
            if (callable instanceof PyFunction) {
              const callee = prepareCall(callable, stack, argStart, nargs, kwnames);
              for (let i = base; i < sp; i++) stack[i] = undefined;
              sp = base;
              pc += 3;
              frame.pc = pc;
              frame.sp = sp;
              frame.lasti = lasti;
              if (++ts.pyDepth > ts.recursionLimit) {
                ts.pyDepth--;
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
              stack = frame.localsplus;
              pc = 0;
              sp = frame.sp;
              continue;
            }
            frame.pc = pc;
            frame.sp = sp;
            frame.lasti = lasti;
            const r = callNonPy(callable, stack, argStart, sp - argStart, kwnames);
            for (let i = base; i < sp; i++) stack[i] = undefined;
            sp = base;
            stack[sp++] = r;
            pc += 3;
            continue;
          }
          case Op.CALL_FUNCTION_EX: {
            frame.lasti = lasti;
            const kwargs = stack[--sp];
            const callargs = stack[--sp]!;
            const self = stack[--sp];
            const func = stack[--sp]!;
            stack[sp] = stack[sp + 1] = stack[sp + 2] = stack[sp + 3] = undefined;
            stack[sp++] = callFunctionEx(func, self, callargs, kwargs);
            continue;
          }
          case Op.CALL_INTRINSIC_1:
            stack[sp - 1] = callIntrinsic1(frame, oparg, stack[sp - 1]!);
            continue;
          case Op.CALL_INTRINSIC_2: {
            const v1 = stack[--sp]!;
            stack[sp] = undefined;
            stack[sp - 1] = callIntrinsic2(frame, oparg, stack[sp - 1]!, v1);
            continue;
          }
          case Op.MAKE_FUNCTION:
            stack[sp - 1] = makeFunction(frame, stack[sp - 1]!);
            continue;
          case Op.SET_FUNCTION_ATTRIBUTE: {
            const func = stack[--sp]!;
            stack[sp] = undefined;
            setFunctionAttribute(func, stack[sp - 1]!, oparg);
            stack[sp - 1] = func;
            continue;
          }
          case Op.EXIT_INIT_CHECK:
            exitInitCheck(stack[--sp]!);
            stack[sp] = undefined;
            continue;

          // ---- returning and generators ----
          case Op.RETURN_VALUE: {
            const v = stack[--sp]!;
            stack[sp] = undefined;
            frame.state = FrameState.COMPLETED;
            frame.sp = sp;
            frame.pc = pc;
            ts.frame = frame.f_back;
            ts.pyDepth--;
            if (frame === entry) return v;
            frame = frame.f_back!;
            code = frame.f_code;
            units = code.units;
            consts = code.co_consts.items;
            names = code.co_names.items as readonly string[];
            stack = frame.localsplus;
            pc = frame.pc;
            sp = frame.sp;
            stack[sp++] = v;
            continue;
          }
          case Op.RETURN_GENERATOR: {
            // Only reached when a generator function is run by evalFrame directly (not via CALL).
            frame.pc = pc;
            frame.sp = sp;
            frame.lasti = lasti;
            const back = frame.f_back;
            const gen = makeGeneratorFor(frame);
            ts.frame = back;
            ts.pyDepth--;
            if (frame === entry) return gen;
            frame = back!;
            code = frame.f_code;
            units = code.units;
            consts = code.co_consts.items;
            names = code.co_names.items as readonly string[];
            stack = frame.localsplus;
            pc = frame.pc;
            sp = frame.sp;
            stack[sp++] = gen;
            continue;
          }
          case Op.YIELD_VALUE: {
            // A generator frame is always the entry frame of the evalFrame that resumed it.
            const v = stack[--sp]!;
            stack[sp] = undefined;
            frame.pc = pc;
            frame.sp = sp;
            frame.lasti = lasti;
            frame.state = oparg & 1 ? FrameState.SUSPENDED_YIELD_FROM : FrameState.SUSPENDED;
            ts.frame = frame.f_back;
            ts.pyDepth--;
            return v;
          }
          case Op.SEND: {
            frame.pc = pc;
            frame.sp = sp;
            frame.lasti = lasti;
            const v = stack[sp - 1]!;
            const r = genSend(stack[sp - 2]!, v);
            pc += 1;
            if (r.done) {
              stack[sp - 1] = r.value;
              pc += oparg;
            } else stack[sp - 1] = r.value;
            continue;
          }
          case Op.GET_AWAITABLE:
            stack[sp - 1] = getAwaitable(stack[sp - 1]!, oparg);
            continue;
          case Op.GET_AITER:
            stack[sp - 1] = getAIter(stack[sp - 1]!);
            continue;
          case Op.GET_ANEXT:
            stack[sp] = getANext(stack[sp - 1]!);
            sp++;
            continue;
          case Op.GET_YIELD_FROM_ITER:
            stack[sp - 1] = getYieldFromIter(frame, stack[sp - 1]!);
            continue;
          case Op.END_ASYNC_FOR: {
            const exc = stack[--sp]!;
            stack[sp] = undefined;
            endAsyncFor(exc);
            stack[--sp] = undefined;
            continue;
          }
          case Op.CLEANUP_THROW: {
            const exc = stack[--sp]!;
            stack[sp] = undefined;
            const value = cleanupThrow(exc);
            stack[sp - 2] = None;
            stack[sp - 1] = value;
            continue;
          }

          // ---- exceptions ----
          case Op.RAISE_VARARGS: {
            frame.lasti = lasti;
            const cause = oparg === 2 ? stack[--sp] : undefined;
            const exc = oparg >= 1 ? stack[--sp] : undefined;
            const r = doRaise(exc, cause);
            reraising = r.reraise;
            throw r.exc;
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
            throw exc;
          }
          case Op.PUSH_EXC_INFO: {
            const exc = stack[sp - 1]!;
            const info = ts.excInfo;
            stack[sp - 1] = info.value;
            info.value = exc;
            stack[sp++] = exc;
            continue;
          }
          case Op.POP_EXCEPT:
            ts.excInfo.value = stack[--sp]!;
            stack[sp] = undefined;
            continue;
          case Op.CHECK_EXC_MATCH:
            stack[sp - 1] = checkExcMatch(stack[sp - 2]!, stack[sp - 1]!);
            continue;
          case Op.CHECK_EG_MATCH:
            // A naked exception wrapped in a group gets a traceback entry at this instruction.
            frame.lasti = lasti;
            checkEgMatch(stack, sp);
            continue;
          case Op.WITH_EXCEPT_START:
            stack[sp] = withExceptStart(stack[sp - 5]!, stack[sp - 4], stack[sp - 1]!);
            sp++;
            continue;

          // ---- modules, classes, misc ----
          case Op.IMPORT_NAME: {
            frame.lasti = lasti;
            const fromlist = stack[--sp]!;
            stack[sp] = undefined;
            stack[sp - 1] = importName(frame, names[oparg], fromlist, stack[sp - 1]!);
            continue;
          }
          case Op.IMPORT_FROM:
            stack[sp] = importFrom(stack[sp - 1]!, names[oparg]);
            sp++;
            continue;
          case Op.LOAD_BUILD_CLASS:
            stack[sp++] = loadBuildClass(frame);
            continue;
          case Op.SETUP_ANNOTATIONS:
            setupAnnotations(frame);
            continue;
          case Op.LOAD_COMMON_CONSTANT:
            stack[sp++] = loadCommonConstant(oparg);
            continue;
          case Op.MATCH_CLASS: {
            const kwnames = stack[--sp]!;
            const cls = stack[--sp]!;
            stack[sp] = stack[sp + 1] = undefined;
            stack[sp - 1] = matchClass(stack[sp - 1]!, cls, oparg, kwnames);
            continue;
          }
          case Op.MATCH_MAPPING:
            stack[sp] = matchMapping(stack[sp - 1]!);
            sp++;
            continue;
          case Op.MATCH_SEQUENCE:
            stack[sp] = matchSequence(stack[sp - 1]!);
            sp++;
            continue;
          case Op.MATCH_KEYS:
            stack[sp] = matchKeys(stack[sp - 2]!, stack[sp - 1]!);
            sp++;
            continue;

          default:
            throw new Error(`evalFrame: unknown opcode ${op} at ${lasti} in ${code.co_qualname}`);
        }
      }
    } catch (err) {
      if (err instanceof HostInterrupt) {
        // Not a Python exception: leave every frame of this activation without running handlers.
        for (let f: Frame | null = frame; f !== null; f = f === entry ? null : f.f_back) {
          f.state = FrameState.COMPLETED;
          ts.pyDepth--;
        }
        ts.frame = entry.f_back;
        throw err;
      }
      // Unwind: find a handler in this frame, else pop frames until one has a handler.
      // `lasti` is where to search the exception table; frame.lasti what tracebacks show (they
      // differ only after RERAISE).  CPython: exception_unwind uses INSTR_OFFSET(), not instr_ptr.
      let exc = toPyException(err);
      let re = reraising;
      reraising = false;
      if (!re) frame.lasti = lasti;
      frame.sp = sp;
      for (;;) {
        if (!re) {
          chainContext(exc);
          addTraceback(exc, frame);
        }
        const h = findHandler(frame.f_code, lasti);
        if (h !== null) {
          const base = frame.f_code.co_nlocalsplus + h.depth;
          for (let i = base; i < frame.sp; i++) stack[i] = undefined;
          sp = base;
          if (h.lasti) stack[sp++] = frame.lasti;
          stack[sp++] = exc;
          pc = h.target;
          break;
        }
        // No handler here: the frame is finished; the exception continues in the caller.
        frame.state = FrameState.COMPLETED;
        for (let i = frame.f_code.co_nlocalsplus; i < frame.sp; i++) stack[i] = undefined;
        ts.frame = frame.f_back;
        ts.pyDepth--;
        if (frame === entry) throw exc;
        frame = frame.f_back!;
        code = frame.f_code;
        units = code.units;
        consts = code.co_consts.items;
        names = code.co_names.items as readonly string[];
        stack = frame.localsplus;
        sp = frame.sp;
        lasti = frame.lasti;
        re = false;
        exc = toPyException(exc);
      }
    }
  }
}

/** FOR_ITER's general case: tp_iternext, with StopIteration meaning the end.  CPython: _FOR_ITER */
function forIterNext(it: PyValue): PyValue | undefined {
  const f = typeOf(it).tp_iternext;
  if (f === null) throw typeError(`'${typeOf(it).tp_name}' object is not an iterator`);
  try {
    return f(it);
  } catch (e) {
    if (e instanceof PyStopIteration || isStopIteration(e)) return undefined;
    throw e;
  }
}

import { typeError, PyStopIteration } from '../objects/exceptions.ts';
import { isStopIteration } from '../objects/abstract.ts';
