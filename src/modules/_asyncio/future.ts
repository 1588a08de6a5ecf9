// asyncio's Future and its await iterator, natively.  CPython: Modules/_asynciomodule.c (FutureObj,
// future_*, _asyncio_Future_*, FutureObj_finalize, FutureIter)
//
// A Future is observable to vm/finalize.ts only while its finalizer would do something: while it
// holds an exception nobody retrieved (fut_log_tb), it is tracked (trackObject), so that dropping
// it reports "Future exception was never retrieved" when CPython's reference count would; the rest
// of the time the loop's finalization hooks and the compiled tier ignore it.  See
// docs/internals/asyncio.md.
import { None, PyObject, type PyValue } from '../../objects/object.ts';
import { PyType, TPFLAGS, typeOf, PyType_IsSubtype } from '../../objects/type.ts';
import { defineBuiltinType } from '../../objects/builtin-type.ts';
import { newHeapInstance } from '../../objects/heap.ts';
import { PyDict } from '../../objects/dict.ts';
import { PyList } from '../../objects/list.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { PySetObject, setAdd, setDiscard, setItems } from '../../objects/set.ts';
import { newSet, newFrozenSet } from '../../objects/set-type.ts';
import { PyTraceback } from '../../objects/traceback.ts';
import * as A from '../../objects/abstract.ts';
import * as E from '../../objects/exceptions.ts';
import { genericAliasClassMethod } from '../../objects/genericalias.ts';
import { bindArguments, parseSignature } from '../../objects/getargs.ts';
import { trackObject, untrackObject } from '../../vm/gc-state.ts';
import { writeUnraisable } from '../sys.ts';
import { warnEx } from '../_warnings.ts';
import { copyCurrentContext } from '../_contextvars.ts';
import { PyObject_GenericGetAttr } from '../../objects/generic-attr.ts';
import { asyncioImports, threadState } from './state.ts';

type V = PyValue;

export const STATE_PENDING = 0;
export const STATE_CANCELLED = 1;
export const STATE_FINISHED = 2;

export class PyFuture extends PyObject {
  ob_dict: PyDict | null = null;
  /** null: not initialized (made by __new__ alone). */
  fut_loop: V | null = null;
  fut_callback0: V | null = null;
  fut_context0: V | null = null;
  /** The second and later callbacks, as (callback, context) tuples. */
  fut_callbacks: PyTuple[] | null = null;
  fut_result: V | null = null;
  fut_exception: V | null = null;
  fut_exception_tb: V | null = null;
  fut_source_tb: V | null = null;
  fut_cancel_msg: V | null = null;
  fut_cancelled_exc: V | null = null;
  /** One awaiting future or task, or a set of them (fut_awaited_by_is_set). */
  fut_awaited_by: V | null = null;
  fut_awaited_by_is_set = false;
  fut_state = STATE_PENDING;
  fut_log_tb = false;
  fut_blocking = false;
}

// ---- observability

/** Whether the object's finalizer is the native one (a subclass with its own __del__ stays tracked). */
function nativeFinalizer(fut: PyFuture): boolean {
  const f = typeOf(fut).tp_finalize;
  return f === futureFinalize || f === nativeTaskFinalizer.fn;
}

/** The Task's finalizer, set by task.ts (which imports this file). */
export const nativeTaskFinalizer: { fn: ((self: V) => void) | null } = { fn: null };

/** Sets fut_log_tb, making the future observable exactly while it is set. */
export function setLogTb(fut: PyFuture, v: boolean): void {
  if (fut.fut_log_tb === v) return;
  fut.fut_log_tb = v;
  if (!nativeFinalizer(fut)) return;
  if (v) trackObject(fut);
  else untrackObject(fut);
}

/** A new instance of a Future or Task type (or a subclass): not observable until it has to be. */
export function allocFutureLike<T extends PyFuture>(Base: new () => T, base: PyType, type: PyType): T {
  if (type === base) return new Base();
  const o = newHeapInstance(Base, type);
  if (nativeFinalizer(o)) untrackObject(o);
  return o;
}

// ---- helpers

function invalidState(msg: string): PyObject {
  return A.PyObject_Call(asyncioImports().InvalidStateError, [msg], null) as PyObject;
}

function notInitialized(): PyObject {
  return E.runtimeError('Future object is not initialized.');
}

/** CPython: future_ensure_alive */
export function ensureAlive(fut: PyFuture): V {
  if (fut.fut_loop === null) throw notInitialized();
  return fut.fut_loop;
}

/** loop.call_soon(func[, arg], context=ctx).  CPython: call_soon */
export function callSoon(loop: V, func: V, arg: V | null, ctx: V | null): void {
  const args: V[] = arg === null ? [func] : [func, arg];
  if (ctx === null) {
    A.PyObject_CallMethod(loop, 'call_soon', args);
    return;
  }
  args.push(ctx);
  A.PyObject_CallMethod(loop, 'call_soon', args, CONTEXT_KW);
}
const CONTEXT_KW = ['context'];

/** The running loop, else the policy's loop.  CPython: get_event_loop */
export function getEventLoop(): V {
  const loop = threadState().loop;
  if (loop !== null) return loop;
  const policy = A.PyObject_CallNoArgs(asyncioImports().getEventLoopPolicy);
  return A.PyObject_CallMethod(policy, 'get_event_loop', []);
}

// ---- the Future's work

/** The task half of scheduling callbacks (unregistering a finished task), set by task.ts. */
export const taskHooks: { finished: (fut: PyFuture) => void } = { finished: () => {} };

/** CPython: future_schedule_callbacks */
function scheduleCallbacks(fut: PyFuture): void {
  taskHooks.finished(fut);
  const loop = fut.fut_loop!;
  if (fut.fut_callback0 !== null) {
    const cb = fut.fut_callback0;
    const ctx = fut.fut_context0;
    fut.fut_callback0 = null;
    fut.fut_context0 = null;
    try {
      callSoon(loop, cb, fut, ctx);
    } catch (e) {
      fut.fut_callbacks = null;
      throw e;
    }
  }
  const callbacks = fut.fut_callbacks;
  if (callbacks === null) return;
  fut.fut_callbacks = null;
  for (const t of callbacks) callSoon(loop, t.items[0], fut, t.items[1]);
}

/** CPython: future_init */
export function futureInit(fut: PyFuture, loop: V): void {
  fut.fut_loop = null;
  fut.fut_callback0 = null;
  fut.fut_context0 = null;
  fut.fut_callbacks = null;
  fut.fut_result = null;
  fut.fut_exception = null;
  fut.fut_exception_tb = null;
  fut.fut_source_tb = null;
  fut.fut_cancel_msg = null;
  fut.fut_cancelled_exc = null;
  fut.fut_awaited_by = null;
  fut.fut_state = STATE_PENDING;
  setLogTb(fut, false);
  fut.fut_blocking = false;
  fut.fut_awaited_by_is_set = false;
  fut.fut_loop = loop === None ? getEventLoop() : loop;
  if (A.PyObject_IsTrue(A.PyObject_CallMethod(fut.fut_loop, 'get_debug', []))) {
    fut.fut_source_tb = A.PyObject_CallNoArgs(asyncioImports().extractStack);
  }
}

/** CPython: future_awaited_by_add */
export function awaitedByAdd(fut: PyFuture, thing: V): void {
  if (fut.fut_awaited_by === null) {
    fut.fut_awaited_by = thing;
    return;
  }
  if (fut.fut_awaited_by_is_set) {
    setAdd(fut.fut_awaited_by as PySetObject, thing);
    return;
  }
  const set = newSet();
  setAdd(set, thing);
  setAdd(set, fut.fut_awaited_by);
  fut.fut_awaited_by = set;
  fut.fut_awaited_by_is_set = true;
}

/** CPython: future_awaited_by_discard */
export function awaitedByDiscard(fut: PyFuture, thing: V): void {
  if (fut.fut_awaited_by === null) return;
  if (fut.fut_awaited_by === thing) {
    fut.fut_awaited_by = null;
    return;
  }
  if (fut.fut_awaited_by_is_set) setDiscard(fut.fut_awaited_by as PySetObject, thing);
}

/** CPython: future_set_result */
export function futureSetResult(fut: PyFuture, res: V): V {
  ensureAlive(fut);
  if (fut.fut_state !== STATE_PENDING) throw invalidState('invalid state');
  fut.fut_result = res;
  fut.fut_state = STATE_FINISHED;
  scheduleCallbacks(fut);
  return None;
}

function isExceptionClass(v: V): v is PyType {
  return v instanceof PyType && (v.tp_flags & TPFLAGS.BASE_EXC_SUBCLASS) !== 0;
}

/** CPython: future_set_exception */
export function futureSetException(fut: PyFuture, exc: V): V {
  if (fut.fut_state !== STATE_PENDING) throw invalidState('invalid state');
  let val = exc;
  if (isExceptionClass(exc)) {
    val = A.PyObject_CallNoArgs(exc);
    if (fut.fut_state !== STATE_PENDING) throw invalidState('invalid state');
  }
  if (!(val instanceof E.PyBaseException)) throw E.typeError('invalid exception object');
  if (E.exceptionMatches(val, E.PyExc_StopIteration)) {
    const err = E.runtimeError('StopIteration interacts badly with generators and cannot be raised into a Future');
    err.cause = val;
    err.context = val;
    val = err;
  }
  fut.fut_exception = val;
  fut.fut_exception_tb = (val as E.PyBaseException).traceback;
  fut.fut_state = STATE_FINISHED;
  scheduleCallbacks(fut);
  setLogTb(fut, true);
  return None;
}

/** The CancelledError to raise, made once.  CPython: create_cancelled_error */
export function createCancelledError(fut: PyFuture): V {
  if (fut.fut_cancelled_exc !== null) {
    const exc = fut.fut_cancelled_exc;
    fut.fut_cancelled_exc = null;
    return exc;
  }
  const msg = fut.fut_cancel_msg;
  const CancelledError = asyncioImports().CancelledError;
  return msg === null || msg === None ? A.PyObject_CallNoArgs(CancelledError) : A.PyObject_Call(CancelledError, [msg], null);
}

/**
 * The result, or the exception to raise (`isExc`), of a done future; throws when it is cancelled
 * or pending.  CPython: future_get_result
 */
export function futureGetResult(fut: PyFuture): { isExc: boolean; value: V } {
  if (fut.fut_state === STATE_CANCELLED) throw createCancelledError(fut);
  if (fut.fut_state !== STATE_FINISHED) throw invalidState('Result is not set.');
  setLogTb(fut, false);
  if (fut.fut_exception !== null) {
    const exc = fut.fut_exception as E.PyBaseException;
    exc.traceback = fut.fut_exception_tb ?? None;
    fut.fut_exception_tb = null;
    return { isExc: true, value: exc };
  }
  return { isExc: false, value: fut.fut_result! };
}

/** CPython: future_add_done_callback */
export function futureAddDoneCallback(fut: PyFuture, fn: V, ctx: V): V {
  if (fut.fut_loop === null) throw E.runtimeError('uninitialized Future object');
  if (fut.fut_state !== STATE_PENDING) {
    callSoon(fut.fut_loop, fn, fut, ctx);
  } else if (fut.fut_callbacks === null && fut.fut_callback0 === null) {
    fut.fut_callback0 = fn;
    fut.fut_context0 = ctx;
  } else {
    const t = new PyTuple([fn, ctx]);
    if (fut.fut_callbacks !== null) fut.fut_callbacks.push(t);
    else fut.fut_callbacks = [t];
  }
  return None;
}

/** CPython: future_cancel */
export function futureCancel(fut: PyFuture, msg: V | null): V {
  setLogTb(fut, false);
  if (fut.fut_state !== STATE_PENDING) return false;
  fut.fut_state = STATE_CANCELLED;
  fut.fut_cancel_msg = msg;
  scheduleCallbacks(fut);
  return true;
}

// ---- type slots

function futureNew(type: PyType): PyFuture {
  return allocFutureLike(PyFuture, FutureType, type);
}

const INIT_SIG = parseSignature('(*, loop=None)');
const INIT_NAMES = { short: 'Future', funcStr: 'Future()' };

// CPython: _asyncio_Future___init__
function futureInitSlot(self: V, args: readonly V[], kwnames: readonly string[] | null): void {
  const [loop] = bindArguments(INIT_SIG, INIT_NAMES, args, kwnames) as V[];
  futureInit(self as PyFuture, loop);
}

// CPython: FutureObj_repr
function futureRepr(self: V): string {
  ensureAlive(self as PyFuture);
  return A.PyObject_Str(A.PyObject_CallOneArg(asyncioImports().futureRepr, self));
}

/** Reports an exception nobody retrieved.  CPython: FutureObj_finalize */
export function futureFinalize(self: V): void {
  const fut = self as PyFuture;
  if (!fut.fut_log_tb) return;
  setLogTb(fut, false);
  const context = new PyDict();
  context.setStr('message', `${typeOf(fut).name} exception was never retrieved`);
  context.setStr('exception', fut.fut_exception!);
  context.setStr('future', fut);
  if (fut.fut_source_tb !== null) context.setStr('source_traceback', fut.fut_source_tb);
  callExceptionHandler(fut.fut_loop!, context);
}

/** loop.call_exception_handler(context), its errors reported as unraisable. */
export function callExceptionHandler(loop: V, context: PyDict): void {
  let func: V;
  try {
    func = A.PyObject_GetAttr(loop, 'call_exception_handler');
  } catch (e) {
    if (e instanceof E.PyBaseException) return;
    throw e;
  }
  try {
    A.PyObject_CallOneArg(func, context);
  } catch (e) {
    if (!(e instanceof E.PyBaseException)) throw e;
    writeUnraisable(e, None, `Exception ignored while calling asyncio function ${safeRepr(func)}`);
  }
}

function safeRepr(v: V): string {
  try {
    return A.PyObject_Repr(v);
  } catch {
    return '<object repr() failed>';
  }
}

// ---- methods

/**
 * A method CPython's Argument Clinic gives a `defining_class` parameter: its arguments are parsed
 * with the keyword parser, whose messages differ from those of METH_O/METH_NOARGS methods (the
 * binder's, from `sig`).  So it takes *args/**kwargs and checks them here.
 */
function definingClassMethod<T extends PyFuture>(name: string, params: string[], impl: (self: T, ...args: V[]) => V, doc: string) {
  const check = (self: T, args: V[], kwargs: PyDict | null): V => {
    const nkw = kwargs === null ? 0 : kwargs.size;
    if (params.length === 0) {
      if (args.length !== 0 || nkw !== 0) throw E.typeError(`${name}() takes no arguments`);
      return impl(self);
    }
    if (args.length + nkw > params.length) throw E.typeError(`${name}() takes at most ${params.length} argument${params.length === 1 ? '' : 's'} (${args.length + nkw} given)`);
    if (args.length < params.length) throw E.typeError(`${name}() takes exactly ${params.length} positional argument${params.length === 1 ? '' : 's'} (${args.length} given)`);
    return impl(self, ...args);
  };
  return { sig: `($self, ${params.length ? params.join(', ') + ', ' : ''}/)`, callSig: '($self, *args, **kwargs)', impl: check, doc };
}

// CPython: _asyncio_Future_result_impl
export function futureResult(self: PyFuture): V {
  if (self.fut_loop === null) throw invalidState('Future object is not initialized.');
  const r = futureGetResult(self);
  if (r.isExc) throw r.value;
  return r.value;
}

// CPython: _asyncio_Future_exception_impl
function futureException(self: PyFuture): V {
  if (self.fut_loop === null) throw invalidState('Future object is not initialized.');
  if (self.fut_state === STATE_CANCELLED) throw createCancelledError(self);
  if (self.fut_state !== STATE_FINISHED) throw invalidState('Exception is not set.');
  if (self.fut_exception !== null) {
    setLogTb(self, false);
    return self.fut_exception;
  }
  return None;
}

function futureSetResultMethod(self: PyFuture, result: V): V {
  ensureAlive(self);
  return futureSetResult(self, result);
}

function futureSetExceptionMethod(self: PyFuture, exception: V): V {
  ensureAlive(self);
  return futureSetException(self, exception);
}

// CPython: _asyncio_Future_add_done_callback_impl
function futureAddDoneCallbackMethod(self: PyFuture, fn: V, context: V | undefined): V {
  return futureAddDoneCallback(self, fn, context ?? copyCurrentContext());
}

// CPython: _asyncio_Future_remove_done_callback_impl
function futureRemoveDoneCallback(self: PyFuture, fn: V): V {
  ensureAlive(self);
  let cleared0 = 0;
  if (self.fut_callback0 !== null && A.PyObject_RichCompareBool(self.fut_callback0, fn, 2)) {
    self.fut_callback0 = null;
    self.fut_context0 = null;
    cleared0 = 1;
  }
  const callbacks = self.fut_callbacks;
  if (callbacks === null) return cleared0;
  const len = callbacks.length;
  if (len === 0) {
    self.fut_callbacks = null;
    return cleared0;
  }
  if (len === 1) {
    if (A.PyObject_RichCompareBool(callbacks[0].items[0], fn, 2)) {
      self.fut_callbacks = null;
      return 1 + cleared0;
    }
    return cleared0;
  }
  // Comparisons run Python code, which may change the list: walk what is there at each step.
  const kept: PyTuple[] = [];
  for (let i = 0; self.fut_callbacks !== null && i < self.fut_callbacks.length; i++) {
    const item = self.fut_callbacks[i];
    if (!A.PyObject_RichCompareBool(item.items[0], fn, 2)) kept.push(item);
  }
  if (kept.length === 0 || self.fut_callbacks === null) {
    self.fut_callbacks = null;
    return len + cleared0;
  }
  const now = self.fut_callbacks.length;
  if (kept.length !== now) self.fut_callbacks.splice(0, now, ...kept);
  return now - kept.length + cleared0;
}

function futureCancelMethod(self: PyFuture, msg: V): V {
  ensureAlive(self);
  return futureCancel(self, msg);
}

function futureCancelled(self: PyFuture): V {
  return self.fut_loop !== null && self.fut_state === STATE_CANCELLED;
}

function futureDone(self: PyFuture): V {
  return self.fut_loop !== null && self.fut_state !== STATE_PENDING;
}

function futureGetLoop(self: PyFuture): V {
  return ensureAlive(self);
}

function futureMakeCancelledError(self: PyFuture): V {
  return createCancelledError(self);
}

// ---- attributes

function getAwaitedBy(self: PyFuture): V {
  const a = self.fut_awaited_by;
  if (a === null) return None;
  const fs = newFrozenSet();
  if (self.fut_awaited_by_is_set) for (const x of setItems(a as PySetObject)) setAdd(fs, x);
  else setAdd(fs, a);
  return fs;
}

function getBlocking(self: PyFuture): V {
  return self.fut_loop !== null && self.fut_blocking;
}

function setBlocking(self: PyFuture, v: V | null): void {
  ensureAlive(self);
  if (v === null) throw E.attributeError('cannot delete attribute');
  self.fut_blocking = A.PyObject_IsTrue(v);
}

function getLogTraceback(self: PyFuture): V {
  ensureAlive(self);
  return self.fut_log_tb;
}

function setLogTraceback(self: PyFuture, v: V | null): void {
  if (v === null) throw E.attributeError('cannot delete attribute');
  if (A.PyObject_IsTrue(v)) throw E.valueError('_log_traceback can only be set to False');
  setLogTb(self, false);
}

function getCallbacks(self: PyFuture): V {
  ensureAlive(self);
  const out: V[] = [];
  if (self.fut_callback0 !== null) out.push(new PyTuple([self.fut_callback0, self.fut_context0!]));
  if (self.fut_callbacks !== null) for (const t of self.fut_callbacks) out.push(t);
  return out.length === 0 ? None : new PyList(out);
}

function getResultAttr(self: PyFuture): V {
  ensureAlive(self);
  return self.fut_result ?? None;
}

function getExceptionAttr(self: PyFuture): V {
  ensureAlive(self);
  return self.fut_exception ?? None;
}

function getCancelMessage(self: PyFuture): V {
  return self.fut_cancel_msg ?? None;
}

function setCancelMessage(self: PyFuture, v: V | null): void {
  if (v === null) throw E.attributeError('cannot delete attribute');
  self.fut_cancel_msg = v;
}

const STATE_NAMES = ['PENDING', 'CANCELLED', 'FINISHED'];

function getState(self: PyFuture): V {
  ensureAlive(self);
  return STATE_NAMES[self.fut_state];
}

/** The getset table shared by Future and Task (Task's own are added to it). */
export const FUTURE_GETSET = {
  _state: { get: getState },
  _asyncio_future_blocking: { get: getBlocking, set: setBlocking },
  _loop: { get: (s: PyFuture): V => s.fut_loop ?? None },
  _callbacks: { get: getCallbacks },
  _result: { get: getResultAttr },
  _exception: { get: getExceptionAttr },
  _log_traceback: { get: getLogTraceback, set: setLogTraceback },
  _source_traceback: { get: (s: PyFuture): V => (s.fut_loop === null ? None : (s.fut_source_tb ?? None)) },
  _cancel_message: { get: getCancelMessage, set: setCancelMessage },
  _asyncio_awaited_by: { get: getAwaitedBy },
};

/** The methods Future and Task share. */
export const FUTURE_COMMON_METHODS = {
  result: { sig: '($self, /)', impl: futureResult, doc: 'Return the result, raise the exception, or raise CancelledError if the future was cancelled.' },
  exception: definingClassMethod('exception', [], futureException, 'Return the exception set on the future (None if it has a result).'),
  add_done_callback: {
    sig: '($self, fn, /, *, context=<unrepresentable>)',
    impl: futureAddDoneCallbackMethod,
    doc: 'Schedule fn(future) to be called when the future is done, in the given context (a copy of the current one by default).',
  },
  remove_done_callback: definingClassMethod('remove_done_callback', ['fn'], futureRemoveDoneCallback, 'Remove every registration of fn; return how many were removed.'),
  cancelled: { sig: '($self, /)', impl: futureCancelled, doc: 'Whether the future was cancelled.' },
  done: { sig: '($self, /)', impl: futureDone, doc: 'Whether the future has a result or an exception, or was cancelled.' },
};

// ---- the await iterator

export class PyFutureIter extends PyObject {
  constructor(public future: PyFuture | null) {
    super();
  }
}

/** CPython: future_new_iter */
function futureNewIter(self: V): V {
  ensureAlive(self as PyFuture);
  return new PyFutureIter(self as PyFuture);
}

/** One step of `await future`: yield the future while it is pending, then return its result.  CPython: FutureIter_am_send */
function futureIterSend(self: V, _arg: V): { done: boolean; value: V } {
  const fut = (self as PyFutureIter).future;
  if (fut === null) throw E.stopIteration();
  if (fut.fut_state === STATE_PENDING) {
    if (!fut.fut_blocking) {
      fut.fut_blocking = true;
      return { done: false, value: fut };
    }
    throw E.runtimeError("await wasn't used with future");
  }
  return { done: true, value: futureResult(fut) };
}

// CPython: FutureIter_iternext
function futureIterNext(self: V): V | undefined {
  const r = futureIterSend(self, None);
  if (!r.done) return r.value;
  // StopIteration(None) for a None result too, as CPython's _PyGen_SetStopIterationValue makes.
  throw E.stopIteration(r.value);
}

function futureIterSendMethod(self: V, _arg: V): V {
  return futureIterNext(self)!;
}

// CPython: FutureIter_throw
function futureIterThrow(self: PyFutureIter, typ: V, val: V | undefined, tb: V | undefined): V {
  if (val !== undefined) warnEx(E.PyExc_DeprecationWarning, 'the (type, exc, tb) signature of throw() is deprecated, use the single-arg signature instead.', 1);
  if (val === None) val = undefined;
  if (tb === None) tb = undefined;
  else if (tb !== undefined && !(tb instanceof PyTraceback)) throw E.typeError('throw() third argument must be a traceback');
  let exc: V;
  if (isExceptionClass(typ)) {
    if (val === undefined) exc = A.PyObject_CallNoArgs(typ);
    else if (val instanceof E.PyBaseException && PyType_IsSubtype(typeOf(val), typ)) exc = val;
    else exc = val instanceof PyTuple ? A.PyObject_Call(typ, val.items, null) : A.PyObject_CallOneArg(typ, val);
  } else if (typ instanceof E.PyBaseException) {
    if (val !== undefined) throw E.typeError('instance exception may not have a separate value');
    exc = typ;
  } else {
    throw E.typeError('exceptions must be classes deriving BaseException or instances of such a class');
  }
  self.future = null;
  if (tb !== undefined) (exc as E.PyBaseException).traceback = tb;
  throw exc;
}

function futureIterGetattro(obj: V, name: string, suppress: boolean): V | undefined {
  return PyObject_GenericGetAttr(obj, name, suppress);
}

function futureIterClose(self: PyFutureIter): V {
  self.future = null;
  return None;
}

export const FutureIterType = defineBuiltinType({
  name: '_asyncio.FutureIter',
  doc: 'The iterator `await future` drives: yields the pending future, then returns its result.',
  instanceClass: PyFutureIter,
  alloc: () => new PyFutureIter(null),
  slots: { tp_iter: (s: V) => s, tp_iternext: futureIterNext, tp_getattro: futureIterGetattro },
  methods: {
    send: { sig: '($self, object, /)', impl: futureIterSendMethod },
    throw: { sig: '($self, typ, val=<unrepresentable>, tb=<unrepresentable>, /)', impl: futureIterThrow, textSignature: null },
    close: { sig: '($self, /)', impl: futureIterClose },
  },
  attrs: () => ({ __module__: '_asyncio' }),
});
FutureIterType.am_send = futureIterSend;

/** tp_iter and am_await of Future and Task (CPython gives each type its own, so each has __iter__ and __await__). */
export function iterSlots(): { tp_iter: (s: V) => V } {
  return { tp_iter: (s: V) => futureNewIter(s) };
}
export function asyncSlots(): { am_await: (s: V) => V } {
  return { am_await: (s: V) => futureNewIter(s) };
}

export const FutureType = defineBuiltinType({
  name: '_asyncio.Future',
  doc: "A value that will be set later: awaiting it suspends until it has a result, an exception, or is cancelled. Asyncio's callbacks run from the event loop.",
  textSignature: '(*, loop=None)',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyFuture,
  alloc: futureNew,
  slots: { tp_new: futureNew, tp_init: futureInitSlot, tp_repr: futureRepr, tp_finalize: futureFinalize, ...iterSlots() },
  async: asyncSlots(),
  methods: {
    ...FUTURE_COMMON_METHODS,
    set_result: definingClassMethod('set_result', ['result'], futureSetResultMethod, 'Mark the future done with this result (InvalidStateError if it is done already).'),
    set_exception: definingClassMethod('set_exception', ['exception'], futureSetExceptionMethod, 'Mark the future done with this exception (InvalidStateError if it is done already).'),
    cancel: { sig: '($self, /, msg=None)', impl: futureCancelMethod, doc: 'Cancel the future and schedule its callbacks; False if it was done already.' },
    get_loop: definingClassMethod('get_loop', [], futureGetLoop, 'Return the event loop the future belongs to.'),
    _make_cancelled_error: { sig: '($self, /)', impl: futureMakeCancelledError, doc: 'Make the CancelledError to raise for a cancelled future (once: it takes the saved one).' },
    __class_getitem__: genericAliasClassMethod('Futures are generic over the type of their results'),
  },
  getset: FUTURE_GETSET,
  attrs: () => ({ __module__: '_asyncio' }),
  instanceHasDict: true,
  weakrefable: true,
});

void untrackObject;
