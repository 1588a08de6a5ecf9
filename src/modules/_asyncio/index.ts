// The _asyncio module: Future, Task and the running-loop and current-task functions asyncio takes
// over its pure-Python ones (events.py, futures.py and tasks.py import them).
// CPython: Modules/_asynciomodule.c
import { None, PyObject, type PyValue } from '../../objects/object.ts';
import { typeOf } from '../../objects/type.ts';
import { PySetObject, setAdd, setDiscard, setItems } from '../../objects/set.ts';
import { newSet } from '../../objects/set-type.ts';
import * as A from '../../objects/abstract.ts';
import * as E from '../../objects/exceptions.ts';
import { defineModule } from '../../objects/module-def.ts';
import { gcPinned, tracked, trackObject, untrackObject } from '../../vm/gc-state.ts';
import { PyDict } from '../../objects/dict.ts';
import { PyFunction } from '../../objects/function.ts';
import { _PyType_Lookup } from '../../objects/type.ts';
import { STDLIB_ZIP_PATH } from '../../runtime/stdlib-path.ts';
import { PyFuture, FutureType, STATE_PENDING, getEventLoop, awaitedByAdd, awaitedByDiscard } from './future.ts';
import { PyTask, TaskType, registerTask, unregisterTask, enterTask, leaveTask, swapCurrentTask, futureLoopOf } from './task.ts';
import { asyncioImports, asyncioState, threadState } from './state.ts';

type V = PyValue;

function getRunningLoop(): V {
  return threadState().loop ?? None;
}

/** Whether an object's finalizer is a __del__ of the standard library (which at most warns about a resource). */
function stdlibFinalizer(o: object): boolean {
  const del = _PyType_Lookup(typeOf(o as V), '__del__');
  return del instanceof PyFunction && del.func_code.co_filename.startsWith(STDLIB_ZIP_PATH + '/');
}

/**
 * Sets the thread's running loop.  A loop whose class has a __del__ (asyncio's BaseEventLoop warns
 * when an unclosed loop dies) is a tracked object, which keeps vm/finalize.ts's hooks on and the
 * compiled tier off for the whole run; so is what it keeps in its attributes with such a finalizer
 * (its child watcher).  While the loop runs the thread state holds it, so it cannot die: it is
 * untracked meanwhile, and so are those attributes, and all are tracked again when it stops; and
 * it is pinned (gcPinned): the loop's reports do not look through it (its ready queue, its
 * scheduled handles and what they hold: all alive while it is).
 * Differs from CPython: an attribute of the running loop rebound while it runs (nothing in asyncio
 * does) is finalized when the loop stops, not at once.  CPython: _asyncio__set_running_loop
 */
function setRunningLoop(_m: V, loop: V): V {
  const ts = threadState();
  const next = loop === None ? null : loop;
  if (ts.heldLoop !== null && ts.heldLoop !== next) {
    for (const o of ts.held) trackObject(o);
    ts.held.length = 0;
    gcPinned.delete(ts.heldLoop as object);
    ts.heldLoop = null;
  }
  ts.loop = next;
  if (next !== null && ts.heldLoop === null && typeof next === 'object') {
    ts.heldLoop = next;
    gcPinned.add(next);
    if (tracked.has(next)) ts.held.push(next);
    const d = (next as { ob_dict?: unknown }).ob_dict;
    if (d instanceof PyDict) {
      for (let i = d.next(0); i >= 0; i = d.next(i + 1)) {
        const v: unknown = d.values[i];
        if (typeof v === 'object' && v !== null && tracked.has(v) && stdlibFinalizer(v)) ts.held.push(v);
      }
    }
    for (const o of ts.held) untrackObject(o);
  }
  return None;
}

function runningLoopOrRaise(): V {
  const loop = threadState().loop;
  if (loop === null) throw E.runtimeError('no running event loop');
  return loop;
}

function registerTaskFn(_m: V, task: V): V {
  if (task instanceof PyTask) registerTask(task);
  else A.PyObject_CallMethod(asyncioImports().nonAsyncioTasks, 'add', [task]);
  return None;
}

function registerEagerTaskFn(_m: V, task: V): V {
  if (task instanceof PyTask) registerTask(task);
  else setAdd(asyncioState().nonAsyncioEagerTasks, task);
  return None;
}

function unregisterTaskFn(_m: V, task: V): V {
  if (task instanceof PyTask) unregisterTask(task);
  else A.PyObject_CallMethod(asyncioImports().nonAsyncioTasks, 'discard', [task]);
  return None;
}

function unregisterEagerTaskFn(_m: V, task: V): V {
  if (task instanceof PyTask) unregisterTask(task);
  else setDiscard(asyncioState().nonAsyncioEagerTasks, task);
  return None;
}

// CPython: _asyncio_current_task_impl
function currentTask(_m: V, loop: V): V {
  if (loop === None) loop = runningLoopOrRaise();
  const ts = threadState();
  // Differs from CPython: one thread's state is searched (pyts runs one thread at a time).
  if (ts.loop === loop) return ts.task ?? None;
  return None;
}

/** CPython: add_one_task */
function addOneTask(tasks: PySetObject, task: V, loop: V): void {
  if (task instanceof PyTask && typeOf(task) === TaskType) {
    if (task.fut_state === STATE_PENDING && task.fut_loop === loop) setAdd(tasks, task);
    return;
  }
  if (A.PyObject_CallMethod(task, 'done', []) === true) return;
  if (futureLoopOf(task) === loop) setAdd(tasks, task);
}

// CPython: _asyncio_all_tasks_impl
function allTasks(_m: V, loop: V): V {
  if (loop === None) loop = runningLoopOrRaise();
  const s = asyncioState();
  const list: V[] = [...setItems(s.nonAsyncioEagerTasks)];
  const it = A.PyObject_GetIter(asyncioImports().nonAsyncioTasks);
  for (let t = A.PyIter_Next(it); t !== undefined; t = A.PyIter_Next(it)) list.push(t);
  for (const t of s.tasks) list.push(t as unknown as V);
  const res = newSet();
  for (const t of list) addOneTask(res, t, loop);
  return res;
}

function awaitedByAddFn(_m: V, fut: V, waiter: V): V {
  if (fut instanceof PyFuture && waiter instanceof PyFuture) awaitedByAdd(fut, waiter);
  return None;
}

function awaitedByDiscardFn(_m: V, fut: V, waiter: V): V {
  if (fut instanceof PyFuture && waiter instanceof PyFuture) awaitedByDiscard(fut, waiter);
  return None;
}

export const asyncioModule = defineModule({
  name: '_asyncio',
  doc: 'Accelerator module for asyncio',
  functions: {
    current_task: { sig: '($module, /, loop=None)', impl: currentTask, doc: 'Return the task running in the loop (the running loop by default), or None.' },
    get_event_loop: {
      sig: '($module, /)',
      impl: () => getEventLoop(),
      doc: "Return the running event loop, or else the event loop policy's get_event_loop().",
    },
    get_running_loop: { sig: '($module, /)', impl: runningLoopOrRaise, doc: 'Return the running event loop; RuntimeError if there is none.' },
    _get_running_loop: { sig: '($module, /)', impl: getRunningLoop, doc: "Return the thread's running event loop, or None." },
    _set_running_loop: { sig: '($module, loop, /)', impl: setRunningLoop, doc: "Set the thread's running event loop (None for none)." },
    _register_task: { sig: '($module, /, task)', impl: registerTaskFn, doc: 'Register a scheduled task, for all_tasks().' },
    _register_eager_task: { sig: '($module, /, task)', impl: registerEagerTaskFn, doc: 'Register a task running its first step eagerly, for all_tasks().' },
    _unregister_task: { sig: '($module, /, task)', impl: unregisterTaskFn, doc: 'Forget a registered task.' },
    _unregister_eager_task: { sig: '($module, /, task)', impl: unregisterEagerTaskFn, doc: 'Forget a task registered as running eagerly.' },
    _enter_task: { sig: '($module, /, loop, task)', impl: (_m: V, loop: V, task: V) => (enterTask(loop, task), None), doc: "Make task the loop's current task." },
    _leave_task: { sig: '($module, /, loop, task)', impl: (_m: V, loop: V, task: V) => (leaveTask(loop, task), None), doc: "Clear the loop's current task, which must be task." },
    _swap_current_task: {
      sig: '($module, /, loop, task)',
      impl: (_m: V, loop: V, task: V) => swapCurrentTask(loop, task),
      doc: "Make task (or None) the loop's current task; return the previous one (or None).",
    },
    all_tasks: { sig: '($module, /, loop=None)', impl: allTasks, doc: 'Return the set of tasks of the loop (the running loop by default) that are not done.' },
    future_add_to_awaited_by: { sig: '($module, fut, waiter, /)', impl: awaitedByAddFn, doc: 'Record that fut is awaited by waiter.' },
    future_discard_from_awaited_by: { sig: '($module, fut, waiter, /)', impl: awaitedByDiscardFn, doc: 'Forget that fut is awaited by waiter.' },
  },
  constants: () => ({ Future: FutureType, Task: TaskType }),
});
