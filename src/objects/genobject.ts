// Generators, coroutines and async generators.  CPython: Objects/genobject.c
//
// A generator owns its frame; each resumption runs the frame with evalFrame until it yields or
// returns. While it runs, the generator's "exception being handled" level is linked into the
// thread's exception stack.

import { None, PyObject, type PyValue } from './object.ts';
import { PyType, typeOf, TPFLAGS } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { Frame, FrameState } from '../vm/frame.ts';
import { tstate, ExcStackItem } from '../vm/thread-state.ts';
import { evalFrame } from '../vm/ceval.ts';
import {
  typeError,
  valueError,
  runtimeError,
  newException,
  exceptionMatches,
  PyBaseException,
  PyExc_StopIteration,
  PyExc_GeneratorExit,
  PyExc_StopAsyncIteration,
  PyStopIteration,
  PyExc_DeprecationWarning,
} from './exceptions.ts';
import { PyObject_Call, PyObject_GetAttr, PyObject_LookupAttr, PyObject_Repr } from './abstract.ts';
import { CO_COROUTINE, CO_ASYNC_GENERATOR, CO_ITERABLE_COROUTINE } from './code.ts';
import { PyTraceback } from './traceback.ts';
import { PyTuple } from './tuple.ts';
import { frameLineno } from './frameobject.ts';
import { addressOf } from './id.ts';
import { PyType_IsSubtype } from './type.ts';
import { slotNextRaising } from './slotdefs.ts';
import { isStrValue, strValue } from './boxes.ts';
import { numberWarning as warnDeprecated } from './float/warn.ts';
import { Op, INLINE_CACHE_ENTRIES } from '../bytecode/opcodes.generated.ts';
import type { PyCode } from './code.ts';
import { findHandler } from '../vm/unwind.ts';
import { setContext } from '../vm/ops/exc.ts';
import { writeUnraisable } from '../modules/sys.ts';
import { gcLive, trackObject, untrackObject } from '../vm/gc-state.ts';
import { droppedFrame } from '../vm/finalize.ts';

export class PyGenObject extends PyObject {
  override ob_type: PyType;
  readonly excState = new ExcStackItem();
  name: string;
  qualname: string;
  running = false;
  /** cr_origin: where a coroutine was made, when sys.set_coroutine_origin_tracking_depth() asks for it. */
  origin: PyValue = None;
  /** A coroutine not started yet, tracked (to warn if it dies never awaited) until it starts. */
  untrackOnStart = false;
  /** Some yield of its code is guarded (see genObservable): tracked while suspended at one. */
  guarded = false;
  /** async generators: whether the first iteration hook ran, and closing state. */
  agHooksInited = false;
  agClosed = false;
  agRunningAsync = false;
  /** The finalizer sys.set_asyncgen_hooks() had at the first iteration (called if it dies unfinished), or null. */
  agFinalizer: PyValue | null = null;

  constructor(
    readonly frame: Frame,
    type: PyType,
  ) {
    super();
    this.ob_type = type;
    // The function's names when it was called (they may have been changed from the code's).  CPython: make_gen
    const fn = frame.f_func;
    this.name = fn !== null ? fn.func_name : frame.f_code.co_name;
    this.qualname = fn !== null ? fn.func_qualname : frame.f_code.co_qualname;
  }
}

const enum SendResult {
  NEXT,
  RETURN,
}

interface Sent {
  kind: SendResult;
  value: PyValue;
}

function finished(f: Frame): boolean {
  return f.state >= FrameState.COMPLETED;
}

export function genIsFinished(g: PyGenObject): boolean {
  return g.frame.state >= FrameState.COMPLETED;
}

/** INTRINSIC_STOPITERATION_ERROR: the handler every generator body is wrapped in (PEP 479). */
const INTRINSIC_STOPITERATION_ERROR = 3;

const guardedYieldOffsets = new WeakMap<PyCode, Set<number> | null>();

/**
 * The yields (and awaits) of `code` where closing a suspended generator can run its code: those
 * inside a try/with/except of the function, not only in the wrappers the compiler adds around
 * every body and every `yield from`/`await` loop (null: none).  A generator suspended at one of
 * them is observable when it dies; one running, finished, or suspended elsewhere is not.
 */
function guardedYields(code: PyCode): Set<number> | null {
  let r = guardedYieldOffsets.get(code);
  if (r !== undefined) return r;
  r = null;
  const units = code.units;
  for (let i = 0; i < units.length; i += 1 + INLINE_CACHE_ENTRIES[units[i] & 0xff]) {
    if ((units[i] & 0xff) !== Op.YIELD_VALUE) continue;
    for (let h = findHandler(code, i); h !== null; ) {
      const t = units[h.target];
      if ((t & 0xff) === Op.CLEANUP_THROW) {
        h = findHandler(code, h.target);
        continue;
      }
      if (!((t & 0xff) === Op.CALL_INTRINSIC_1 && t >>> 8 === INTRINSIC_STOPITERATION_ERROR)) (r ??= new Set()).add(i);
      break;
    }
  }
  guardedYieldOffsets.set(code, r);
  return r;
}

/**
 * Whether the generator's end is observable now, which is when vm/finalize.ts tracks it: a
 * coroutine not started yet (it warns if it dies never awaited), or a generator suspended at a
 * guarded yield (closing it runs its finally/with/except).  A running generator cannot die (it is
 * on the stack), so it is untracked while it runs and tracked again when it stops at a guarded
 * yield; an async generator with a finalizer hook (sys.set_asyncgen_hooks) whenever it is unfinished.
 */
export function genObservable(gen: PyGenObject): boolean {
  const f = gen.frame;
  if (f.state === FrameState.CREATED) return gen.ob_type === CoroutineType || gen.agFinalizer !== null;
  if ((f.state !== FrameState.SUSPENDED && f.state !== FrameState.SUSPENDED_YIELD_FROM) || gen.running || !gen.guarded) return false;
  return guardedAt(gen);
}

/** Suspended where its death is observable: at a guarded yield, or an async generator with a finalizer hook. */
function guardedAt(gen: PyGenObject): boolean {
  if (gen.agFinalizer !== null && !gen.agClosed) return true;
  return guardedYields(gen.frame.f_code)?.has(gen.frame.lasti) ?? false;
}

/** The generator is resumed: while it runs it cannot die. */
function genResumed(gen: PyGenObject): void {
  gen.untrackOnStart = false;
  untrackObject(gen);
}

/** The generator stopped at a yield: observable again if that yield is guarded. */
function genSuspended(gen: PyGenObject): void {
  if (guardedAt(gen)) trackObject(gen);
}

/** The generator finished: it is no longer observable. */
function genFinished(gen: PyGenObject): void {
  if (gcLive.count !== 0) untrackObject(gen);
}

function kindName(g: PyGenObject): 'generator' | 'coroutine' | 'async generator' {
  return g.ob_type === CoroutineType ? 'coroutine' : g.ob_type === AsyncGenType ? 'async generator' : 'generator';
}

/**
 * Resumes the generator with `arg` (or with exception `exc` raised at its current instruction).
 * Returns the yielded or returned value; throws what the generator raises.  CPython: gen_send_ex2
 */
function sendEx(gen: PyGenObject, arg: PyValue, exc: PyValue | undefined, closing: boolean): Sent {
  const frame = gen.frame;
  if (frame.state === FrameState.CREATED && arg !== None && exc === undefined) {
    const k = kindName(gen);
    throw typeError(k === 'coroutine' ? "can't send non-None value to a just-started coroutine" : `can't send non-None value to a just-started ${k}`);
  }
  if (gen.running || frame.state === FrameState.EXECUTING) throw valueError(`${kindName(gen)} already executing`);
  if (finished(frame)) {
    if (gen.ob_type === CoroutineType && !closing) throw runtimeError('cannot reuse already awaited coroutine');
    if (exc === undefined) return { kind: SendResult.RETURN, value: None };
    throw exc;
  }
  const result = genRun(gen, arg, exc);
  if (frame.state === FrameState.CLEARED) return { kind: SendResult.RETURN, value: result };
  return { kind: SendResult.NEXT, value: result };
}

/**
 * Runs the generator's frame on from where it stopped, with `arg` sent (or `exc` raised there): the
 * value it yielded, or returned (the frame then CLEARED and the generator finished); throws what it
 * raises.
 */
function genRun(gen: PyGenObject, arg: PyValue, exc: PyValue | undefined): PyValue {
  const frame = gen.frame;
  if (gen.untrackOnStart || gen.guarded) genResumed(gen);
  frame.localsplus[frame.sp++] = arg;
  const ts = tstate;
  gen.excState.previous = ts.excInfo;
  ts.excInfo = gen.excState;
  gen.running = true;
  // Thrown in while the generator handles an exception: that is its context.  CPython: _PyErr_ChainStackItem
  if (exc instanceof PyBaseException && gen.excState.value !== None) setContext(exc, gen.excState.value);
  let result: PyValue;
  try {
    result = evalFrame(frame, exc);
  } catch (e) {
    frame.state = FrameState.CLEARED;
    frame.f_back = null;
    genFinished(gen);
    throw e;
  } finally {
    gen.running = false;
    ts.excInfo = gen.excState.previous!;
    gen.excState.previous = null;
  }
  if (frame.state !== FrameState.SUSPENDED && frame.state !== FrameState.SUSPENDED_YIELD_FROM) {
    // Finished: no longer linked to the caller that resumed it last.
    frame.state = FrameState.CLEARED;
    frame.f_back = null;
    genFinished(gen);
  } else if (gen.guarded) genSuspended(gen);
  return result;
}

/**
 * The evaluation loop resumes `gen` in its own activation (FOR_ITER_GEN, SEND_GEN): the generator's
 * bookkeeping that sendEx does around evalFrame.  The caller pushes the sent value and the frame.
 */
export function genEnterInline(gen: PyGenObject): void {
  if (gen.untrackOnStart || gen.guarded) genResumed(gen);
  const ts = tstate;
  gen.excState.previous = ts.excInfo;
  ts.excInfo = gen.excState;
  gen.running = true;
}

/** A generator resumed by genEnterInline yielded, returned or raised (`done`). */
export function genLeaveInline(frame: Frame, done: boolean): void {
  const gen = frame.gen as PyGenObject;
  gen.running = false;
  tstate.excInfo = gen.excState.previous!;
  gen.excState.previous = null;
  frame.f_back = null;
  if (done) {
    frame.state = FrameState.CLEARED;
    genFinished(gen);
  } else if (gen.guarded) genSuspended(gen);
}

/** StopIteration(value) for a generator's return value.  CPython: _PyGen_SetStopIterationValue */
function stopIterationWith(value: PyValue): PyValue {
  if (value === None) return newException(PyExc_StopIteration, []);
  return newException(PyExc_StopIteration, [value]);
}

export function genSendMethod(gen: PyGenObject, arg: PyValue): PyValue {
  const r = sendEx(gen, arg, undefined, false);
  if (r.kind === SendResult.NEXT) return r.value;
  if (gen.ob_type === AsyncGenType) throw newException(PyExc_StopAsyncIteration, []);
  throw stopIterationWith(r.value);
}

// A generator's tp_iternext ends with undefined even when it returns a value: iterating consumers
// drop the value (CPython's PyIter_Next clears the StopIteration), and next() and `yield from`,
// which need it, go through iterNextRaising or genSend.
function genIternext(self: PyValue): PyValue | undefined {
  const gen = self as PyGenObject;
  const frame = gen.frame;
  if (frame.state !== FrameState.SUSPENDED || gen.running) {
    const r = sendEx(gen, None, undefined, false);
    return r.kind === SendResult.NEXT ? r.value : undefined;
  }
  // The common case, a generator suspended at a yield (sum, set, list... of a generator): sendEx's
  // work without its checks and result object.
  const result = genRun(gen, None, undefined);
  return (frame.state as FrameState) === FrameState.CLEARED ? undefined : result;
}

/** The coroutine wrapper's __next__ (an await step): its StopIteration carries the result.  CPython: gen_iternext */
function coroWrapperIternext(self: PyValue): PyValue | undefined {
  const r = sendEx((self as PyCoroWrapper).coro, None, undefined, false);
  if (r.kind === SendResult.NEXT) return r.value;
  if (r.value !== None) throw stopIterationWith(r.value);
  return undefined;
}

/**
 * next(it) as CPython's tp_iternext leaves it: the item, or an exception: the one a Python-level
 * __next__ raised (a StopIteration subclass and its value included), StopIteration(value) when a
 * generator returns, a plain StopIteration for other exhausted iterators.  CPython: builtin_next
 */
export function iterNextRaising(it: PyValue): PyValue {
  const type = typeOf(it);
  if (type.tp_iternext === genIternext) return genSendMethod(it as PyGenObject, None);
  const r = slotNextRaising(it) ?? type.tp_iternext!(it);
  if (r === undefined) throw newException(PyExc_StopIteration, []);
  return r;
}

/** What a frame suspended in `yield from`/`await` is delegating to (the top of its stack).  CPython: _PyGen_yf */
export function genYieldFrom(gen: PyGenObject): PyValue | null {
  const f = gen.frame;
  if (f.state === FrameState.SUSPENDED_YIELD_FROM) return f.localsplus[f.sp - 1] ?? null;
  return null;
}

function genCloseIter(yf: PyValue): void {
  if (yf instanceof PyGenObject) {
    genClose(yf);
    return;
  }
  let meth: PyValue | undefined;
  try {
    meth = PyObject_LookupAttr(yf, 'close');
  } catch (e) {
    // Looking close up failed: reported, and the delegating generator closes anyway.  CPython: gen_close_iter
    writeUnraisable(e, None, `Exception ignored while closing generator ${PyObject_Repr(yf)}`);
  }
  if (meth !== undefined) PyObject_Call(meth, [], null);
}

/** gen.throw(exc).  CPython: _gen_throw */
function genThrow(gen: PyGenObject, exc: PyValue, closeOnGenexit: boolean): PyValue {
  const yf = genYieldFrom(gen);
  if (yf !== null) {
    if (exceptionMatches(exc, PyExc_GeneratorExit) && closeOnGenexit) {
      const saved = gen.frame.state;
      gen.frame.state = FrameState.EXECUTING;
      let err: PyValue | undefined;
      try {
        genCloseIter(yf);
      } catch (e) {
        err = e as PyValue;
      } finally {
        gen.frame.state = saved;
      }
      if (err !== undefined) return resumeWith(gen, err);
      return resumeWith(gen, exc);
    }
    let ret: PyValue | undefined;
    let thrown: PyValue | undefined;
    let meth: PyValue | undefined;
    const isGen = yf instanceof PyGenObject && (yf.ob_type === GeneratorType || yf.ob_type === CoroutineType);
    if (!isGen) {
      meth = PyObject_LookupAttr(yf, 'throw');
      if (meth === undefined) return resumeWith(gen, exc);
    }
    // The delegating frame is linked into the stack meanwhile, for complete tracebacks.
    const frame = gen.frame;
    const saved = frame.state;
    const ts = tstate;
    const prev = ts.frame;
    frame.f_back = prev;
    ts.frame = frame;
    try {
      frame.state = FrameState.EXECUTING;
      ret = isGen ? genThrow(yf as PyGenObject, exc, closeOnGenexit) : PyObject_Call(meth!, [exc], null);
    } catch (e) {
      thrown = e as PyValue;
    } finally {
      frame.state = saved;
      ts.frame = prev;
      frame.f_back = null;
    }
    if (thrown !== undefined) return resumeWith(gen, thrown);
    return ret!;
  }
  return resumeWith(gen, exc);
}

/** Resumes with an exception raised at the current instruction; a return becomes StopIteration. */
function resumeWith(gen: PyGenObject, exc: PyValue): PyValue {
  const r = sendEx(gen, None, exc, false);
  if (r.kind === SendResult.NEXT) return r.value;
  if (gen.ob_type === AsyncGenType) throw newException(PyExc_StopAsyncIteration, []);
  throw stopIterationWith(r.value);
}

/** Normalises throw(type[, value[, tb]]) arguments into an exception instance. */
function makeThrown(typ: PyValue, val: PyValue | undefined, tb: PyValue | undefined): PyValue {
  if (tb !== undefined && tb !== None && !(tb instanceof PyTraceback)) throw typeError('throw() third argument must be a traceback object');
  let exc: PyValue;
  if (typ instanceof PyType && typ.tp_flags & TPFLAGS.BASE_EXC_SUBCLASS) {
    if (val === undefined || val === None) exc = PyObject_Call(typ, [], null);
    else if (val instanceof PyBaseException && PyType_IsSubtype(typeOf(val), typ)) exc = val;
    else exc = PyObject_Call(typ, [val], null);
    // A class whose __new__ made something else: that TypeError is what is thrown in.  CPython: _PyErr_CreateException
    if (!(exc instanceof PyBaseException)) {
      return typeError(`calling ${PyObject_Repr(typ)} should have returned an instance of BaseException, not ${typeOf(exc).tp_name}`);
    }
  } else if (typ instanceof PyBaseException) {
    if (val !== undefined && val !== None) throw typeError('instance exception may not have a separate value');
    exc = typ;
  } else {
    throw typeError(`exceptions must be classes or instances deriving from BaseException, not ${typeOf(typ).tp_name}`);
  }
  if (tb instanceof PyTraceback) (exc as PyBaseException).traceback = tb;
  return exc;
}

/** CPython: gen_throw */
function genThrowMethod(gen: PyGenObject, typ: PyValue, val: PyValue | undefined, tb: PyValue | undefined): PyValue {
  if (val !== undefined) warnThrowSignature('throw');
  return genThrow(gen, makeThrown(typ, val, tb), true);
}

function warnThrowSignature(method: 'throw' | 'athrow'): void {
  warnDeprecated(PyExc_DeprecationWarning, `the (type, exc, tb) signature of ${method}() is deprecated, use the single-arg signature instead.`);
}

/**
 * gen.close(): throw GeneratorExit in; it must not yield.  CPython: gen_close
 * Closing clears the frame: what its variables held can die (reported to vm/finalize.ts).
 */
export function genClose(gen: PyGenObject): PyValue {
  const f = gen.frame;
  if (finished(f)) return None;
  try {
    return genCloseFrame(gen);
  } finally {
    if (gcLive.count !== 0 && finished(f)) droppedFrame(f, undefined);
  }
}

function genCloseFrame(gen: PyGenObject): PyValue {
  const f = gen.frame;
  if (f.state === FrameState.CREATED) {
    f.state = FrameState.COMPLETED;
    genFinished(gen);
    return None;
  }
  let yielded = false;
  try {
    const exc = newException(PyExc_GeneratorExit, []);
    const r = genThrowReturningResult(gen, exc);
    if (r.kind === SendResult.NEXT) yielded = true;
    else if (r.value !== None) return r.value;
  } catch (e) {
    if (exceptionMatches(e as PyValue, PyExc_StopIteration) || exceptionMatches(e as PyValue, PyExc_GeneratorExit)) {
      if (e instanceof PyStopIteration) return e.value;
      return None;
    }
    throw e;
  }
  if (yielded) {
    const k = kindName(gen);
    throw runtimeError(k === 'coroutine' ? 'coroutine ignored GeneratorExit' : k === 'async generator' ? 'async generator ignored GeneratorExit' : 'generator ignored GeneratorExit');
  }
  return None;
}

function genThrowReturningResult(gen: PyGenObject, exc: PyValue): Sent {
  const yf = genYieldFrom(gen);
  if (yf !== null) {
    const saved = gen.frame.state;
    let err: PyValue | undefined;
    try {
      gen.frame.state = FrameState.EXECUTING;
      genCloseIter(yf);
    } catch (e) {
      err = e as PyValue;
    } finally {
      gen.frame.state = saved;
    }
    return sendEx(gen, None, err ?? exc, true);
  }
  return sendEx(gen, None, exc, true);
}

function genRepr(self: PyValue): string {
  const g = self as PyGenObject;
  const k = g.ob_type === CoroutineType ? 'coroutine' : g.ob_type === AsyncGenType ? 'async_generator' : 'generator';
  return `<${k} object ${g.qualname} at ${addressOf(g)}>`;
}

/** cr_origin: (filename, line, function) of the frames that made the coroutine, innermost first.  CPython: compute_cr_origin */
function coroutineOrigin(creator: Frame | null, depth: number): PyTuple {
  let f = creator;
  const out: PyValue[] = [];
  for (; f !== null && out.length < depth; f = f.f_back) {
    out.push(new PyTuple([f.f_code.co_filename, frameLineno(f), f.f_code.co_name]));
  }
  return new PyTuple(out);
}

/** The generator, coroutine or async generator for a frame that executed RETURN_GENERATOR. */
export function makeGenerator(frame: Frame): PyGenObject {
  const flags = frame.f_code.co_flags;
  const type = flags & CO_COROUTINE ? CoroutineType : flags & CO_ASYNC_GENERATOR ? AsyncGenType : GeneratorType;
  frame.state = FrameState.CREATED;
  const creator = frame.f_back ?? (tstate.frame !== frame ? tstate.frame : null);
  frame.f_back = null;
  const g = new PyGenObject(frame, type);
  frame.gen = g;
  // Observable while suspended at a guarded yield (see genObservable).
  g.guarded = guardedYields(frame.f_code) !== null;
  if (type === CoroutineType) {
    const depth = tstate.coroutineOriginTrackingDepth;
    if (depth > 0) g.origin = coroutineOrigin(creator, depth);
    // Observable until it starts: CPython warns when a coroutine dies never awaited.
    trackObject(g);
    g.untrackOnStart = true;
  }
  return g;
}

/**
 * SEND and `yield from` for any receiver: one step of the delegation. Returns {done, value}: done
 * when the receiver finished (value is its return value), else value was yielded.  CPython: _SEND
 */
export function genSend(receiver: PyValue, v: PyValue): { done: boolean; value: PyValue } {
  if (receiver instanceof PyGenObject && (receiver.ob_type === GeneratorType || receiver.ob_type === CoroutineType)) {
    const r = sendEx(receiver, v, undefined, false);
    return { done: r.kind === SendResult.RETURN, value: r.value };
  }
  const send = typeOf(receiver).am_send;
  if (send !== null) return send(receiver, v);
  let r: PyValue | undefined;
  try {
    if (v === None && typeOf(receiver).tp_iternext !== null) {
      r = slotNextRaising(receiver) ?? typeOf(receiver).tp_iternext!(receiver);
      if (r === undefined) return { done: true, value: None };
    } else r = PyObject_Call(PyObject_GetAttr(receiver, 'send'), [v], null);
  } catch (e) {
    if (e instanceof PyStopIteration) return { done: true, value: e.value };
    throw e;
  }
  return { done: false, value: r! };
}

/** A new __name__ or __qualname__ (a str; deleting is an error).  CPython: gen_set_name, gen_set_qualname */
function nameValue(v: PyValue | null, attr: string): string {
  if (v === null || !isStrValue(v)) throw typeError(`${attr} must be set to a string object`);
  return strValue(v);
}

const genGetset = (prefix: 'gi' | 'cr' | 'ag') => ({
  __name__: { get: (g: PyGenObject) => g.name, set: (g: PyGenObject, v: PyValue | null) => void (g.name = nameValue(v, '__name__')) },
  __qualname__: { get: (g: PyGenObject) => g.qualname, set: (g: PyGenObject, v: PyValue | null) => void (g.qualname = nameValue(v, '__qualname__')) },
  [`${prefix}_frame`]: { get: (g: PyGenObject) => (finished(g.frame) ? None : g.frame) },
  [`${prefix}_code`]: { get: (g: PyGenObject) => g.frame.f_code },
  // Also while it closes or throws into what it delegates to.  CPython: gi_frame_state == FRAME_EXECUTING
  [`${prefix}_running`]: { get: (g: PyGenObject) => g.running || g.frame.state === FrameState.EXECUTING },
  [`${prefix}_suspended`]: {
    get: (g: PyGenObject) => g.frame.state === FrameState.SUSPENDED || g.frame.state === FrameState.SUSPENDED_YIELD_FROM,
  },
  [prefix === 'ag' ? 'ag_await' : `${prefix === 'gi' ? 'gi_yieldfrom' : 'cr_await'}`]: { get: (g: PyGenObject) => genYieldFrom(g) ?? None },
});

export const GeneratorType = defineBuiltinType({
  name: 'generator',
  weakrefable: true,
  flags: 0,
  slots: { tp_iter: (s: PyValue) => s, tp_iternext: genIternext, tp_repr: genRepr },
  methods: {
    send: { sig: '($self, value, /)', impl: genSendMethod },
    throw: { sig: '($self, typ, val=<unrepresentable>, tb=<unrepresentable>, /)', impl: genThrowMethod },
    close: { sig: '($self, /)', impl: genClose },
  },
  getset: genGetset('gi'),
});

// ---- coroutines ----

export class PyCoroWrapper extends PyObject {
  constructor(readonly coro: PyGenObject) {
    super();
  }
}

export const CoroutineType = defineBuiltinType({
  name: 'coroutine',
  weakrefable: true,
  flags: 0,
  slots: { tp_repr: genRepr },
  async: { am_await: (s: PyValue) => new PyCoroWrapper(s as PyGenObject) },
  methods: {
    send: { sig: '($self, value, /)', impl: genSendMethod },
    throw: { sig: '($self, typ, val=<unrepresentable>, tb=<unrepresentable>, /)', impl: genThrowMethod },
    close: { sig: '($self, /)', impl: genClose },
  },
  members: { cr_origin: { get: (g: PyGenObject) => g.origin } },
  getset: genGetset('cr'),
});

export const CoroWrapperType = defineBuiltinType({
  name: 'coroutine_wrapper',
  instanceClass: PyCoroWrapper,
  slots: { tp_iter: (s: PyValue) => s, tp_iternext: coroWrapperIternext },
  methods: {
    send: { sig: '($self, value, /)', impl: (w: PyCoroWrapper, v: PyValue) => genSendMethod(w.coro, v) },
    throw: {
      sig: '($self, typ, val=<unrepresentable>, tb=<unrepresentable>, /)',
      impl: (w: PyCoroWrapper, t: PyValue, v: PyValue | undefined, tb: PyValue | undefined) => genThrowMethod(w.coro, t, v, tb),
    },
    close: { sig: '($self, /)', impl: (w: PyCoroWrapper) => genClose(w.coro) },
  },
});

/** Whether `o` is a coroutine for `await`: native coroutines and generator-based ones (types.coroutine). */
export function isAwaitableCoroutine(o: PyValue): boolean {
  return o instanceof PyGenObject && (o.ob_type === CoroutineType || (o.ob_type === GeneratorType && (o.frame.f_code.co_flags & CO_ITERABLE_COROUTINE) !== 0));
}

// ---- async generators ----

/** A value yielded by an async generator body, told apart from values its awaits yield.  CPython: _PyAsyncGenWrappedValue */
export class PyAsyncGenWrappedValue extends PyObject {
  constructor(readonly value: PyValue) {
    super();
  }
}

export const AsyncGenWrappedValueType = defineBuiltinType({ name: 'async_generator_wrapped_value', instanceClass: PyAsyncGenWrappedValue });

/**
 * The first iteration of an async generator (anext, asend, athrow, aclose): sys.set_asyncgen_hooks()'s
 * finalizer is kept for when it dies unfinished, and firstiter is called with it.
 * CPython: async_gen_init_hooks
 */
function asyncGenInitHooks(g: PyGenObject): void {
  if (g.agHooksInited) return;
  g.agHooksInited = true;
  const ts = tstate;
  if (ts.asyncgenFinalizer !== None) {
    g.agFinalizer = ts.asyncgenFinalizer;
    // Its death is observable now (the finalizer runs): tracked while it is not running.
    g.guarded = true;
    if (!g.running && !finished(g.frame)) trackObject(g);
  }
  if (ts.asyncgenFirstiter !== None) PyObject_Call(ts.asyncgenFirstiter, [g], null);
}

const enum AwaitableState {
  INIT,
  ITER,
  CLOSED,
}

/**
 * The awaitable of asend()/__anext__().  Observable while not yet awaited (it warns when it dies so):
 * tracked from creation until it leaves INIT.  CPython: PyAsyncGenASend
 */
export class PyAsyncGenASend extends PyObject {
  state = AwaitableState.INIT;
  constructor(
    readonly gen: PyGenObject,
    /** What the first send sends when given None (asend's argument), or None. */
    readonly sendValue: PyValue,
  ) {
    super();
    trackObject(this);
  }
}

/** The awaitable of athrow()/aclose() (args null).  CPython: PyAsyncGenAThrow */
export class PyAsyncGenAThrow extends PyObject {
  state = AwaitableState.INIT;
  constructor(
    readonly gen: PyGenObject,
    /** athrow's arguments (typ[, val[, tb]]), or null for aclose(). */
    readonly args: readonly (PyValue | undefined)[] | null,
  ) {
    super();
    trackObject(this);
  }
}

function leaveInit(a: PyAsyncGenASend | PyAsyncGenAThrow, state: AwaitableState): void {
  a.state = state;
  untrackObject(a);
}

/** One step of the async generator's frame with `arg` sent: the yielded value; its end raises StopAsyncIteration.  CPython: gen_send */
function asyncGenSendStep(gen: PyGenObject, arg: PyValue): PyValue {
  const r = sendEx(gen, arg, undefined, false);
  if (r.kind === SendResult.NEXT) return r.value;
  throw newException(PyExc_StopAsyncIteration, []);
}

/**
 * What a step of the async generator gives the awaitable: a value its awaits yielded goes on up; a
 * value the body yielded (wrapped) ends this await with StopIteration(value); its end or an
 * exception ends the generator's iteration step.  CPython: async_gen_unwrap_value
 */
function asyncGenUnwrap(gen: PyGenObject, step: () => PyValue): PyValue {
  let r: PyValue;
  try {
    r = step();
  } catch (e) {
    if (exceptionMatches(e as PyValue, PyExc_StopAsyncIteration) || exceptionMatches(e as PyValue, PyExc_GeneratorExit)) gen.agClosed = true;
    gen.agRunningAsync = false;
    throw e;
  }
  if (r instanceof PyAsyncGenWrappedValue) {
    gen.agRunningAsync = false;
    throw stopIterationWith(r.value);
  }
  return r;
}

/** CPython: async_gen_asend_send */
function asendSend(o: PyAsyncGenASend, arg: PyValue | undefined): PyValue {
  if (o.state === AwaitableState.CLOSED) throw runtimeError('cannot reuse already awaited __anext__()/asend()');
  if (o.state === AwaitableState.INIT) {
    if (o.gen.agRunningAsync) {
      leaveInit(o, AwaitableState.CLOSED);
      throw runtimeError('anext(): asynchronous generator is already running');
    }
    if (arg === undefined || arg === None) arg = o.sendValue;
    leaveInit(o, AwaitableState.ITER);
  }
  o.gen.agRunningAsync = true;
  try {
    return asyncGenUnwrap(o.gen, () => asyncGenSendStep(o.gen, arg ?? None));
  } catch (e) {
    o.state = AwaitableState.CLOSED;
    throw e;
  }
}

/** CPython: async_gen_asend_throw */
function asendThrow(o: PyAsyncGenASend, typ: PyValue, val: PyValue | undefined, tb: PyValue | undefined): PyValue {
  if (o.state === AwaitableState.CLOSED) throw runtimeError('cannot reuse already awaited __anext__()/asend()');
  if (o.state === AwaitableState.INIT) {
    if (o.gen.agRunningAsync) {
      leaveInit(o, AwaitableState.CLOSED);
      throw runtimeError('anext(): asynchronous generator is already running');
    }
    leaveInit(o, AwaitableState.ITER);
    o.gen.agRunningAsync = true;
  }
  try {
    return asyncGenUnwrap(o.gen, () => genThrowMethod(o.gen, typ, val, tb));
  } catch (e) {
    o.gen.agRunningAsync = false;
    o.state = AwaitableState.CLOSED;
    throw e;
  }
}

/** close() of either awaitable: GeneratorExit thrown in must end it.  CPython: async_gen_asend_close, async_gen_athrow_close */
function awaitableClose(closed: boolean, throwIn: () => PyValue): PyValue {
  if (closed) return None;
  try {
    throwIn();
  } catch (e) {
    const x = e as PyValue;
    if (exceptionMatches(x, PyExc_StopIteration) || exceptionMatches(x, PyExc_StopAsyncIteration) || exceptionMatches(x, PyExc_GeneratorExit)) return None;
    throw e;
  }
  throw runtimeError('coroutine ignored GeneratorExit');
}

const ASYNC_GEN_IGNORED_EXIT = 'async generator ignored GeneratorExit';

/** CPython: async_gen_athrow_send */
function athrowSend(o: PyAsyncGenAThrow, arg: PyValue): PyValue {
  const gen = o.gen;
  if (o.state === AwaitableState.CLOSED) throw runtimeError('cannot reuse already awaited aclose()/athrow()');
  if (finished(gen.frame)) {
    leaveInit(o, AwaitableState.CLOSED);
    throw newException(PyExc_StopIteration, []);
  }
  // The end of this await: the generator's iteration step is over.
  const checkError = (e: unknown): never => {
    gen.agRunningAsync = false;
    o.state = AwaitableState.CLOSED;
    if (o.args === null && (exceptionMatches(e as PyValue, PyExc_StopAsyncIteration) || exceptionMatches(e as PyValue, PyExc_GeneratorExit))) {
      throw newException(PyExc_StopIteration, []);
    }
    throw e;
  };
  const yieldClose = (): never => {
    gen.agRunningAsync = false;
    o.state = AwaitableState.CLOSED;
    throw runtimeError(ASYNC_GEN_IGNORED_EXIT);
  };
  if (o.state === AwaitableState.INIT) {
    if (gen.agRunningAsync) {
      leaveInit(o, AwaitableState.CLOSED);
      throw runtimeError(o.args === null ? 'aclose(): asynchronous generator is already running' : 'athrow(): asynchronous generator is already running');
    }
    if (gen.agClosed) {
      leaveInit(o, AwaitableState.CLOSED);
      throw newException(PyExc_StopAsyncIteration, []);
    }
    if (arg !== None) throw runtimeError("can't send non-None value to a just-started coroutine");
    leaveInit(o, AwaitableState.ITER);
    gen.agRunningAsync = true;
    let r: PyValue;
    try {
      if (o.args === null) {
        // aclose(): GeneratorExit in, without closing what it awaits first.
        gen.agClosed = true;
        r = genThrow(gen, newException(PyExc_GeneratorExit, []), false);
      } else {
        const [typ, val, tb] = o.args;
        r = asyncGenUnwrap(gen, () => genThrow(gen, makeThrown(typ!, val, tb), false));
      }
    } catch (e) {
      return checkError(e);
    }
    if (o.args === null && r instanceof PyAsyncGenWrappedValue) return yieldClose();
    return r;
  }
  if (o.args !== null) return asyncGenUnwrap(gen, () => asyncGenSendStep(gen, arg));
  let r: PyValue;
  try {
    r = asyncGenSendStep(gen, arg);
  } catch (e) {
    return checkError(e);
  }
  if (r instanceof PyAsyncGenWrappedValue) return yieldClose();
  return r;
}

/** CPython: async_gen_athrow_throw */
function athrowThrow(o: PyAsyncGenAThrow, typ: PyValue, val: PyValue | undefined, tb: PyValue | undefined): PyValue {
  const gen = o.gen;
  if (o.state === AwaitableState.CLOSED) throw runtimeError('cannot reuse already awaited aclose()/athrow()');
  if (o.state === AwaitableState.INIT) {
    if (gen.agRunningAsync) {
      leaveInit(o, AwaitableState.CLOSED);
      throw runtimeError(o.args === null ? 'aclose(): asynchronous generator is already running' : 'athrow(): asynchronous generator is already running');
    }
    leaveInit(o, AwaitableState.ITER);
    gen.agRunningAsync = true;
  }
  if (o.args !== null) {
    try {
      return asyncGenUnwrap(gen, () => genThrowMethod(gen, typ, val, tb));
    } catch (e) {
      gen.agRunningAsync = false;
      o.state = AwaitableState.CLOSED;
      throw e;
    }
  }
  // aclose() mode.
  let r: PyValue;
  try {
    r = genThrowMethod(gen, typ, val, tb);
  } catch (e) {
    gen.agRunningAsync = false;
    o.state = AwaitableState.CLOSED;
    if (exceptionMatches(e as PyValue, PyExc_StopAsyncIteration) || exceptionMatches(e as PyValue, PyExc_GeneratorExit)) throw newException(PyExc_StopIteration, []);
    throw e;
  }
  if (r instanceof PyAsyncGenWrappedValue) {
    gen.agRunningAsync = false;
    o.state = AwaitableState.CLOSED;
    throw runtimeError(ASYNC_GEN_IGNORED_EXIT);
  }
  return r;
}

/** An awaitable's __next__: a bare StopIteration ends the iteration (undefined). */
function awaitableIternext(step: () => PyValue): PyValue | undefined {
  try {
    return step();
  } catch (e) {
    if (e instanceof PyStopIteration && e.value === None && e.args.items.length === 0) return undefined;
    throw e;
  }
}

/**
 * The method an asend()/athrow()/aclose() awaitable came from while it was never awaited (it warns
 * when it dies so: vm/finalize.ts), else null.  CPython: async_gen_asend_finalize, async_gen_athrow_finalize
 */
export function unawaitedAgenMethod(o: PyAsyncGenASend | PyAsyncGenAThrow): string | null {
  if (o.state !== AwaitableState.INIT) return null;
  return o instanceof PyAsyncGenASend ? 'asend' : o.args !== null ? 'athrow' : 'aclose';
}

const throwSig = '($self, typ, val=<unrepresentable>, tb=<unrepresentable>, /)';

export const AsyncGenASendType = defineBuiltinType({
  name: 'async_generator_asend',
  instanceClass: PyAsyncGenASend,
  slots: { tp_iter: (s: PyValue) => s, tp_iternext: (s: PyValue) => awaitableIternext(() => asendSend(s as PyAsyncGenASend, undefined)) },
  async: { am_await: (s: PyValue) => s },
  methods: {
    send: { sig: '($self, value, /)', impl: (o: PyAsyncGenASend, v: PyValue) => asendSend(o, v) },
    throw: { sig: throwSig, impl: asendThrow },
    close: { sig: '($self, /)', impl: (o: PyAsyncGenASend) => awaitableClose(o.state === AwaitableState.CLOSED, () => asendThrow(o, PyExc_GeneratorExit, undefined, undefined)) },
  },
});

export const AsyncGenAThrowType = defineBuiltinType({
  name: 'async_generator_athrow',
  instanceClass: PyAsyncGenAThrow,
  slots: { tp_iter: (s: PyValue) => s, tp_iternext: (s: PyValue) => awaitableIternext(() => athrowSend(s as PyAsyncGenAThrow, None)) },
  async: { am_await: (s: PyValue) => s },
  methods: {
    send: { sig: '($self, value, /)', impl: athrowSend },
    throw: { sig: throwSig, impl: athrowThrow },
    close: { sig: '($self, /)', impl: (o: PyAsyncGenAThrow) => awaitableClose(o.state === AwaitableState.CLOSED, () => athrowThrow(o, PyExc_GeneratorExit, undefined, undefined)) },
  },
});

/** CPython: async_gen_anext, async_gen_asend */
function asyncGenASend(g: PyGenObject, v: PyValue): PyValue {
  asyncGenInitHooks(g);
  return new PyAsyncGenASend(g, v);
}

/** CPython: async_gen_athrow, async_gen_aclose */
function asyncGenAThrow(g: PyGenObject, args: readonly (PyValue | undefined)[] | null): PyValue {
  if (args !== null && args[1] !== undefined) warnThrowSignature('athrow');
  asyncGenInitHooks(g);
  return new PyAsyncGenAThrow(g, args);
}

export const AsyncGenType = defineBuiltinType({
  name: 'async_generator',
  weakrefable: true,
  flags: 0,
  slots: { tp_repr: genRepr },
  async: {
    am_aiter: (s: PyValue) => s,
    am_anext: (s: PyValue) => asyncGenASend(s as PyGenObject, None),
  },
  methods: {
    asend: { sig: '($self, value, /)', impl: asyncGenASend },
    athrow: {
      sig: '($self, typ, val=<unrepresentable>, tb=<unrepresentable>, /)',
      impl: (g: PyGenObject, t: PyValue, v: PyValue | undefined, tb: PyValue | undefined) => asyncGenAThrow(g, [t, v, tb]),
    },
    aclose: { sig: '($self, /)', impl: (g: PyGenObject) => asyncGenAThrow(g, null) },
  },
  getset: genGetset('ag'),
});

