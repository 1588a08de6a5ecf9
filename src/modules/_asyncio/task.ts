// asyncio's Task natively: a Future driving a coroutine, one step per event-loop callback.
// CPython: Modules/_asynciomodule.c (TaskObj, task_step_impl, task_step_handle_result_impl,
// task_wakeup, task_eager_start, TaskStepMethWrapper, register_task, enter_task/leave_task)
//
// A pending task is held by the loop (its next step is scheduled) or by the future it awaits (its
// wakeup is that future's callback), which the task holds back: dropped, it is garbage in a cycle,
// which CPython finalizes ("Task was destroyed but it is pending!") only when its cycle collector
// runs.  So a pending task is no tracked object: it sits in the module's registry of pending tasks,
// which gc.collect() and the exit look through (gcCollectOnlyProviders); a done task is observable
// only while its exception is unretrieved, as a Future.  See docs/internals/asyncio.md.
import { None, PyObject, type PyValue } from '../../objects/object.ts';
import { PyType, TPFLAGS, typeOf } from '../../objects/type.ts';
import { defineBuiltinType } from '../../objects/builtin-type.ts';
import { PyDict } from '../../objects/dict.ts';
import { PyCFunction } from '../../objects/descrobject.ts';
import { PyGenObject, CoroutineType, GeneratorType, genSend, genYieldFrom, genIsFinished, genObservable } from '../../objects/genobject.ts';
import { gcLive, gcPinned, trackObject, untrackObject } from '../../vm/gc-state.ts';
import * as A from '../../objects/abstract.ts';
import * as E from '../../objects/exceptions.ts';
import { isStrValue } from '../../objects/boxes.ts';
import { genericAliasClassMethod } from '../../objects/genericalias.ts';
import { bindArguments, parseSignature } from '../../objects/getargs.ts';
import { copyCurrentContext, contextEnter, contextExit, PyContext } from '../_contextvars.ts';
import {
  PyFuture,
  FutureType,
  STATE_PENDING,
  allocFutureLike,
  futureInit,
  futureSetResult,
  futureSetException,
  futureCancel,
  futureGetResult,
  futureAddDoneCallback,
  futureFinalize,
  createCancelledError,
  awaitedByAdd,
  awaitedByDiscard,
  callSoon,
  callExceptionHandler,
  nativeTaskFinalizer,
  taskHooks,
  setLogTb,
  FUTURE_COMMON_METHODS,
  iterSlots,
  asyncSlots,
} from './future.ts';
import { asyncioImports, asyncioState, threadState, type RegisteredTask } from './state.ts';

type V = PyValue;

export class PyTask extends PyFuture implements RegisteredTask {
  task_context: V | null = null;
  task_coro: V | null = null;
  /** The name, or the counter for a name made on demand (Task-<n>). */
  task_name: V | null = null;
  task_fut_waiter: V | null = null;
  task_must_cancel = false;
  task_log_destroy_pending = true;
  task_num_cancels_requested = 0;
  /** The suspended coroutines of its await chain that adoptChain() untracked. */
  task_adopted: PyGenObject[] | null = null;

  logsDestroyPending(): boolean {
    return this.fut_state === STATE_PENDING && this.task_log_destroy_pending;
  }

  collectCandidates(out: object[]): void {
    // The task's own coroutine was made before it, the coroutines it awaits after (CPython's
    // collector finalizes in allocation order).  A finished one has nothing left to finalize.
    const adopted = this.task_adopted;
    if (adopted !== null && genObservable(adopted[0])) out.push(adopted[0]);
    if (this.logsDestroyPending()) out.push(this);
    if (adopted !== null) for (let i = 1; i < adopted.length; i++) if (genObservable(adopted[i])) out.push(adopted[i]);
  }
}

/**
 * A step left the task suspended: the coroutines of its await chain (the task's coroutine, what it
 * awaits, and so on) that are observable (an await inside try/finally or with) can only die with
 * the task, which is held by the loop or by the future it awaits, and so can only die in a cycle:
 * they are untracked while they stay in the chain, and gc.collect() and the exit consider them with
 * the task (gcCollectOnlyProviders).  One that left the chain unfinished is tracked again.
 */
function disownChain(task: PyTask): void {
  const adopted = task.task_adopted;
  task.task_adopted = null;
  if (adopted !== null) for (const c of adopted) if (genObservable(c)) trackObject(c);
}

function adoptChain(task: PyTask): void {
  const prev = task.task_adopted;
  if (prev === null && gcLive.count === 0) return;
  let kept: PyGenObject[] | null = null;
  if (task.fut_state === STATE_PENDING) {
    for (let c: V | null = task.task_coro; c instanceof PyGenObject && !genIsFinished(c); c = genYieldFrom(c)) {
      if (genObservable(c)) {
        untrackObject(c);
        (kept ??= []).push(c);
      }
    }
  }
  if (prev !== null) for (const c of prev) if ((kept === null || !kept.includes(c)) && genObservable(c)) trackObject(c);
  task.task_adopted = kept;
}

// ---- the registry and the current task

/**
 * CPython: register_task.  A registered task is pending, and a pending task is held by the loop
 * (its step is scheduled) or by the future it awaits, which it holds back (a cycle): dropping a
 * reference to it never frees it, nor anything only it holds, so the loop's reports of dropped
 * references need not look through it (gcPinned): in a program with many tasks they would walk
 * the tasks' coroutines, frames and futures at each report.
 */
export function registerTask(task: PyTask): void {
  asyncioState().tasks.add(task);
  gcPinned.add(task);
}

/** CPython: unregister_task */
export function unregisterTask(task: PyTask): void {
  asyncioState().tasks.delete(task);
  gcPinned.delete(task);
}

taskHooks.finished = (fut: PyFuture): void => {
  if (fut instanceof PyTask) unregisterTask(fut);
};

function notRunningLoop(loop: V): PyObject {
  return E.runtimeError(`loop ${A.PyObject_Repr(loop)} is not the running loop`);
}

/** CPython: enter_task */
export function enterTask(loop: V, task: V): void {
  const ts = threadState();
  if (ts.loop !== loop) throw notRunningLoop(loop);
  if (ts.task !== null) {
    throw E.runtimeError(`Cannot enter into task ${A.PyObject_Repr(task)} while another task ${A.PyObject_Repr(ts.task)} is being executed.`);
  }
  ts.task = task;
}

/** CPython: leave_task */
export function leaveTask(loop: V, task: V): void {
  const ts = threadState();
  if (ts.loop !== loop) throw notRunningLoop(loop);
  if (ts.task !== task) {
    throw E.runtimeError(`Invalid attempt to leave task ${A.PyObject_Repr(task)} while task ${A.PyObject_Repr(ts.task ?? None)} is entered.`);
  }
  ts.task = null;
}

/** CPython: swap_current_task */
export function swapCurrentTask(loop: V, task: V): V {
  const ts = threadState();
  if (ts.loop !== loop) throw notRunningLoop(loop);
  const prev = ts.task;
  ts.task = task === None ? null : task;
  return prev ?? None;
}

// ---- the step callback

/** What the loop calls to run a task's next step (with an exception to throw in, or none).  CPython: TaskStepMethWrapper */
export class PyTaskStepMethWrapper extends PyObject {
  constructor(
    public sw_task: PyTask,
    public sw_arg: V | null,
  ) {
    super();
  }
}

function stepWrapperCall(self: V, args: readonly V[], kwnames: readonly string[] | null): V {
  if (kwnames !== null && kwnames.length > 0) throw E.typeError('function takes no keyword arguments');
  if (args.length !== 0) throw E.typeError('function takes no positional arguments');
  const w = self as PyTaskStepMethWrapper;
  return taskStep(w.sw_task, w.sw_arg);
}

const TaskStepMethWrapperType = defineBuiltinType({
  name: '_asyncio.TaskStepMethWrapper',
  doc: "A task's next step, as the event loop calls it.",
  instanceClass: PyTaskStepMethWrapper,
  flags: TPFLAGS.DISALLOW_INSTANTIATION,
  slots: { tp_call: stepWrapperCall },
  getset: { __self__: { get: (w: PyTaskStepMethWrapper): V => w.sw_task } },
  attrs: () => ({ __module__: '_asyncio' }),
});
void TaskStepMethWrapperType;

/** CPython: task_call_step_soon */
function callStepSoon(task: PyTask, arg: V | null): void {
  callSoon(task.fut_loop!, new PyTaskStepMethWrapper(task, arg), null, task.task_context);
}

/** Schedules a step that throws a new `et(msg)` into the coroutine.  CPython: task_set_error_soon */
function setErrorSoon(task: PyTask, msg: string): V {
  callStepSoon(task, E.runtimeError(msg));
  return None;
}

// ---- stepping

/** CPython: task_step */
function taskStep(task: PyTask, exc: V | null): V {
  const loop = task.fut_loop!;
  enterTask(loop, task);
  let res: V;
  try {
    res = taskStepImpl(task, exc);
  } catch (e) {
    try {
      leaveTask(loop, task);
    } catch (e2) {
      if (e2 instanceof E.PyBaseException && e instanceof E.PyBaseException && e2.context === None && e2 !== e) e2.context = e;
      throw e2;
    }
    throw e;
  }
  leaveTask(loop, task);
  adoptChain(task);
  return res;
}

function isCancelledError(v: V): boolean {
  return E.exceptionMatches(v, asyncioImports().CancelledError);
}

/** One step: send None (or throw exc) into the coroutine and act on what it does.  CPython: task_step_impl */
function taskStepImpl(task: PyTask, exc: V | null): V {
  if (task.fut_state !== STATE_PENDING) {
    throw A.PyObject_Call(asyncioImports().InvalidStateError, [`__step(): already done: ${A.PyObject_Repr(task)} ${A.PyObject_Repr(exc ?? None)}`], null);
  }
  if (task.task_must_cancel) {
    if (exc === null || !isCancelledError(exc)) exc = createCancelledError(task);
    task.task_must_cancel = false;
  }
  task.task_fut_waiter = null;
  const coro = task.task_coro;
  if (coro === null) throw E.runtimeError('uninitialized Task object');
  let done: boolean;
  let result: V;
  try {
    if (exc === null) {
      const r = genSend(coro, None);
      done = r.done;
      result = r.value;
    } else {
      done = false;
      result = A.PyObject_CallMethod(coro, 'throw', [exc]);
    }
  } catch (e) {
    if (e instanceof E.PyStopIteration) {
      done = true;
      result = e.value;
    } else if (e instanceof E.PyBaseException) {
      return taskStepRaised(task, e);
    } else {
      throw e;
    }
  }
  if (done) {
    if (task.task_must_cancel) {
      // Cancelled right before the coroutine returned.
      task.task_must_cancel = false;
      futureCancel(task, task.fut_cancel_msg);
    } else {
      futureSetResult(task, result);
    }
    return None;
  }
  // The chain is suspended now: untrack it before the loop's Python code runs (call_soon...).
  adoptChain(task);
  return taskStepHandleResult(task, result);
}

/** The coroutine raised: the task is cancelled, or done with the exception. */
function taskStepRaised(task: PyTask, e: E.PyBaseException): V {
  if (isCancelledError(e)) {
    task.fut_cancelled_exc = e;
    return futureCancel(task, null);
  }
  futureSetException(task, e);
  if (E.exceptionMatches(e, E.PyExc_KeyboardInterrupt) || E.exceptionMatches(e, E.PyExc_SystemExit)) throw e;
  return None;
}

function wakeupFor(task: PyTask): V {
  return new PyCFunction('task_wakeup', 'task_wakeup', WAKEUP_SIG, WAKEUP_NAMES, taskWakeup, task, null, null);
}
const WAKEUP_SIG = parseSignature('($self, arg, /)');
const WAKEUP_NAMES = { short: 'task_wakeup', funcStr: 'task_wakeup()' };

/** After the wakeup is registered on the awaited future: pass on a pending cancellation. */
function passOnCancel(task: PyTask, result: V): V {
  task.task_fut_waiter = result;
  if (task.task_must_cancel) {
    const msg = task.fut_cancel_msg ?? None;
    if (A.PyObject_IsTrue(A.PyObject_CallMethod(result, 'cancel', [msg]))) task.task_must_cancel = false;
  }
  return None;
}

/** What the coroutine yielded: a future to wait for, None (a bare yield), or a mistake.  CPython: task_step_handle_result_impl */
function taskStepHandleResult(task: PyTask, result: V): V {
  if (result === task) return setErrorSoon(task, `Task cannot await on itself: ${A.PyObject_Repr(task)}`);
  if (result instanceof PyFuture && (typeOf(result) === FutureType || typeOf(result) === TaskType)) {
    if (result.fut_loop !== task.fut_loop) return differentLoop(task, result);
    if (!result.fut_blocking) return yieldInsteadOfYieldFrom(task, result);
    awaitedByAdd(result, task);
    result.fut_blocking = false;
    futureAddDoneCallback(result, wakeupFor(task), task.task_context!);
    return passOnCancel(task, result);
  }
  if (result === None) {
    // A bare yield gives up the loop for one iteration.
    callStepSoon(task, null);
    return None;
  }
  const o = A.PyObject_LookupAttr(result, '_asyncio_future_blocking');
  if (o !== undefined && o !== None) {
    const blocking = A.PyObject_IsTrue(o);
    if (futureLoopOf(result) !== task.fut_loop) return differentLoop(task, result);
    if (!blocking) return yieldInsteadOfYieldFrom(task, result);
    if (result instanceof PyFuture) awaitedByAdd(result, task);
    A.PyObject_SetAttr(result, '_asyncio_future_blocking', false);
    A.PyObject_Call(A.PyObject_GetAttr(result, 'add_done_callback'), [wakeupFor(task), task.task_context!], CONTEXT_KW);
    return passOnCancel(task, result);
  }
  if (result instanceof PyGenObject && typeOf(result) === GeneratorType) {
    return setErrorSoon(task, `yield was used instead of yield from for generator in task ${A.PyObject_Repr(task)} with ${A.PyObject_Repr(result)}`);
  }
  if (A.PyObject_IsInstance(result, GeneratorType)) {
    return setErrorSoon(task, `yield was used instead of yield from for generator in task ${A.PyObject_Repr(task)} with ${A.PyObject_Repr(result)}`);
  }
  return setErrorSoon(task, `Task got bad yield: ${A.PyObject_Repr(result)}`);
}
const CONTEXT_KW = ['context'];

function differentLoop(task: PyTask, result: V): V {
  return setErrorSoon(task, `Task ${A.PyObject_Repr(task)} got Future ${A.PyObject_Repr(result)} attached to a different loop`);
}

function yieldInsteadOfYieldFrom(task: PyTask, result: V): V {
  return setErrorSoon(task, `yield was used instead of yield from in task ${A.PyObject_Repr(task)} with ${A.PyObject_Repr(result)}`);
}

/** asyncio.futures._get_loop.  CPython: get_future_loop */
export function futureLoopOf(fut: V): V {
  if (fut instanceof PyFuture && (typeOf(fut) === FutureType || typeOf(fut) === TaskType)) return fut.fut_loop!;
  const getLoop = A.PyObject_LookupAttr(fut, 'get_loop');
  if (getLoop !== undefined) return A.PyObject_CallNoArgs(getLoop);
  return A.PyObject_GetAttr(fut, '_loop');
}

/** The awaited future is done: step with its result or exception.  CPython: task_wakeup */
function taskWakeup(self: V, o: V): V {
  const task = self as PyTask;
  if (o instanceof PyFuture) awaitedByDiscard(o, task);
  if (o instanceof PyFuture && (typeOf(o) === FutureType || typeOf(o) === TaskType)) {
    let r: { isExc: boolean; value: V };
    try {
      r = futureGetResult(o);
    } catch (e) {
      if (!(e instanceof E.PyBaseException)) throw e;
      return taskStep(task, e);
    }
    return taskStep(task, r.isExc ? r.value : null);
  }
  try {
    A.PyObject_CallMethod(o, 'result', []);
  } catch (e) {
    if (!(e instanceof E.PyBaseException)) throw e;
    return taskStep(task, e);
  }
  return taskStep(task, null);
}

/** Runs the first step at once, in the caller's loop iteration.  CPython: task_eager_start */
function taskEagerStart(task: PyTask): void {
  const loop = task.fut_loop!;
  const prev = swapCurrentTask(loop, task);
  registerTask(task);
  const ctx = task.task_context as PyContext;
  contextEnter(ctx);
  let err: unknown = undefined;
  try {
    taskStepImpl(task, null);
  } catch (e) {
    err = e;
  }
  try {
    swapCurrentTask(loop, prev);
  } catch (e) {
    if (err === undefined) err = e;
  }
  try {
    contextExit(ctx);
  } catch (e) {
    if (err === undefined) err = e;
  }
  adoptChain(task);
  if (task.fut_state !== STATE_PENDING) task.task_coro = null;
  if (err !== undefined) throw err;
}

// ---- type slots

function taskNew(type: PyType): PyTask {
  return allocFutureLike(PyTask, TaskType, type);
}

const INIT_SIG = parseSignature('(coro, *, loop=None, name=None, context=None, eager_start=False)');
const INIT_NAMES = { short: 'Task', funcStr: 'Task()' };

/** CPython: is_coroutine */
function isCoroutine(coro: V): boolean {
  if (coro instanceof PyGenObject && typeOf(coro) === CoroutineType) return true;
  const s = asyncioState();
  const t = typeOf(coro);
  if (s.iscoroutineTypecache.has(t)) return true;
  if (!A.PyObject_IsTrue(A.PyObject_CallOneArg(asyncioImports().iscoroutine, coro))) return false;
  if (s.iscoroutineTypecache.size < 100) s.iscoroutineTypecache.add(t);
  return true;
}

// CPython: _asyncio_Task___init___impl
function taskInitSlot(self: V, args: readonly V[], kwnames: readonly string[] | null): void {
  const [coro, loop, name, context, eagerStart] = bindArguments(INIT_SIG, INIT_NAMES, args, kwnames) as V[];
  const task = self as PyTask;
  futureInit(task, loop);
  if (!isCoroutine(coro)) {
    task.task_log_destroy_pending = false;
    throw E.typeError(`a coroutine was expected, got ${A.PyObject_Repr(coro)}`);
  }
  task.task_context = context === None ? copyCurrentContext() : context;
  task.task_fut_waiter = null;
  task.task_must_cancel = false;
  task.task_log_destroy_pending = true;
  task.task_num_cancels_requested = 0;
  task.task_coro = coro;
  // The coroutine, not started yet (observable: it warns if it dies never awaited), dies with the
  // task from now on, unless scheduling the task fails.
  adoptChain(task);
  try {
    taskInitRest(task, name, eagerStart);
  } catch (e) {
    disownChain(task);
    // Not scheduled (call_soon failed): nothing holds the task, whose end is observable now
    // ("Task was destroyed but it is pending!").
    if (task.logsDestroyPending() && !asyncioState().tasks.has(task)) trackObject(task);
    throw e;
  }
}

function taskInitRest(task: PyTask, name: V, eagerStart: V): void {
  if (name === None) task.task_name = ++asyncioState().taskNameCounter;
  else task.task_name = isStrValue(name) && typeOf(name) === typeOf('') ? name : A.PyObject_Str(name);
  if (A.PyObject_IsTrue(eagerStart)) {
    if (A.PyObject_CallMethod(task.fut_loop!, 'is_running', []) === true) {
      taskEagerStart(task);
      return;
    }
  }
  callStepSoon(task, null);
  registerTask(task);
}

// CPython: TaskObj_repr
function taskRepr(self: V): string {
  return A.PyObject_Str(A.PyObject_CallOneArg(asyncioImports().taskRepr, self));
}

/** Reports a task dropped while pending, then an unretrieved exception.  CPython: TaskObj_finalize */
function taskFinalize(self: V): void {
  const task = self as PyTask;
  if (task.fut_state === STATE_PENDING && task.task_log_destroy_pending) {
    const context = new PyDict();
    context.setStr('message', 'Task was destroyed but it is pending!');
    context.setStr('task', task);
    if (task.fut_source_tb !== null) context.setStr('source_traceback', task.fut_source_tb);
    callExceptionHandler(task.fut_loop!, context);
  }
  futureFinalize(task);
  // Differs from CPython: unregistered when finalized (CPython: when deallocated, right after).
  unregisterTask(task);
}
nativeTaskFinalizer.fn = taskFinalize;

// ---- methods

// CPython: _asyncio_Task_cancel_impl
function taskCancel(self: PyTask, msg: V): V {
  setLogTb(self, false);
  if (self.fut_state !== STATE_PENDING) return false;
  self.task_num_cancels_requested += 1;
  if (self.task_fut_waiter !== null) {
    if (A.PyObject_IsTrue(A.PyObject_CallMethod(self.task_fut_waiter, 'cancel', [msg]))) return true;
  }
  self.task_must_cancel = true;
  self.fut_cancel_msg = msg;
  return true;
}

function taskUncancel(self: PyTask): V {
  if (self.task_num_cancels_requested > 0) {
    self.task_num_cancels_requested -= 1;
    if (self.task_num_cancels_requested === 0) self.task_must_cancel = false;
  }
  return self.task_num_cancels_requested;
}

function taskGetStack(self: PyTask, limit: V): V {
  return A.PyObject_Call(asyncioImports().taskGetStack, [self, limit], null);
}

function taskPrintStack(self: PyTask, limit: V, file: V): V {
  return A.PyObject_Call(asyncioImports().taskPrintStack, [self, limit, file], null);
}

// CPython: _asyncio_Task_get_name_impl
function taskGetName(self: PyTask): V {
  if (self.task_name === null) return None;
  if (typeof self.task_name === 'number') self.task_name = `Task-${self.task_name}`;
  return self.task_name;
}

function taskSetName(self: PyTask, value: V): V {
  self.task_name = isStrValue(value) && typeOf(value) === typeOf('') ? value : A.PyObject_Str(value);
  return None;
}

function setLogDestroyPending(self: PyTask, v: V | null): void {
  if (v === null) throw E.attributeError('cannot delete attribute');
  self.task_log_destroy_pending = A.PyObject_IsTrue(v);
}

export const TaskType = defineBuiltinType({
  name: '_asyncio.Task',
  doc: 'A future that runs a coroutine on the event loop, one step per loop callback, and finishes with its result.',
  textSignature: '(coro, *, loop=None, name=None, context=None, eager_start=False)',
  base: () => FutureType,
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyTask,
  alloc: taskNew,
  slots: { tp_new: taskNew, tp_init: taskInitSlot, tp_repr: taskRepr, tp_finalize: taskFinalize, ...iterSlots() },
  async: asyncSlots(),
  methods: {
    ...FUTURE_COMMON_METHODS,
    set_result: { sig: '($self, result, /)', impl: () => throwNoSet('set_result') },
    set_exception: { sig: '($self, exception, /)', impl: () => throwNoSet('set_exception') },
    cancel: {
      sig: '($self, /, msg=None)',
      impl: taskCancel,
      doc: 'Ask the task to cancel itself: CancelledError is thrown into its coroutine at its next step, which may catch it.',
    },
    cancelling: { sig: '($self, /)', impl: (s: PyTask): V => s.task_num_cancels_requested, doc: 'How many cancellations were requested and not undone by uncancel().' },
    uncancel: { sig: '($self, /)', impl: taskUncancel, doc: 'Undo one cancellation request; return how many are left.' },
    get_stack: { sig: '($self, /, *, limit=None)', impl: taskGetStack, doc: "The frames of the task's coroutine: where it is suspended, or its traceback." },
    print_stack: { sig: '($self, /, *, limit=None, file=None)', impl: taskPrintStack, doc: 'Print the frames get_stack() returns (to sys.stderr by default).' },
    _make_cancelled_error: { sig: '($self, /)', impl: (s: PyTask): V => createCancelledError(s), doc: 'Make the CancelledError to raise for a cancelled task (once: it takes the saved one).' },
    get_name: { sig: '($self, /)', impl: taskGetName },
    set_name: { sig: '($self, value, /)', impl: taskSetName },
    get_coro: { sig: '($self, /)', impl: (s: PyTask): V => s.task_coro ?? None },
    get_context: { sig: '($self, /)', impl: (s: PyTask): V => s.task_context ?? None },
    __class_getitem__: genericAliasClassMethod('Tasks are generic over the return type of their wrapped coroutines'),
  },
  getset: {
    _log_destroy_pending: { get: (s: PyTask): V => s.task_log_destroy_pending, set: setLogDestroyPending },
    _must_cancel: { get: (s: PyTask): V => s.task_must_cancel },
    _coro: { get: (s: PyTask): V => s.task_coro ?? None },
    _fut_waiter: { get: (s: PyTask): V => s.task_fut_waiter ?? None },
  },
  attrs: () => ({ __module__: '_asyncio' }),
  instanceHasDict: true,
  weakrefable: true,
});

function throwNoSet(what: string): never {
  throw E.runtimeError(`Task does not support ${what} operation`);
}
