// Cases for _asyncio (Modules/_asynciomodule.c in CPython): the module's names and signatures, the
// Future, Task, FutureIter and TaskStepMethWrapper types, argument errors, and the running-loop and
// current-task functions outside and inside a loop.  The loop is a BaseEventLoop without I/O (the
// oracle cannot run a selector loop); test/programs/asyncio/native_*.py run whole programs.
import type { Suite } from './support/cases.ts';

export const ASYNCIO_SUITE: Suite = {
  name: 'asyncio',
  setup: `
import asyncio, _asyncio, types
from asyncio import base_events
class _Selector:
    def select(self, timeout): return []
    def close(self): pass
class VLoop(base_events.BaseEventLoop):
    def __init__(self):
        super().__init__()
        self._selector = _Selector()
    def _process_events(self, events): pass
    def _write_to_self(self): pass
asyncio.events._set_running_loop(None)
loop = VLoop()
def err(f, *a, **k):
    try:
        return f(*a, **k)
    except BaseException as e:
        return type(e).__name__ + ': ' + str(e)
def members(t):
    return [(k, type(v).__name__, getattr(v, '__text_signature__', None)) for k, v in sorted(vars(t).items()) if k != '__doc__']
async def coro():
    return 1
def run(c):
    return loop.run_until_complete(c)
`,
  cases: [
    // the module
    "sorted(k for k in dir(_asyncio) if not k.startswith('__')), _asyncio.__doc__",
    "[(k, getattr(_asyncio, k).__text_signature__) for k in sorted(dir(_asyncio)) if isinstance(getattr(_asyncio, k), types.BuiltinFunctionType)]",
    'asyncio.Future is _asyncio.Future, asyncio.Task is _asyncio.Task, asyncio.futures._CFuture is _asyncio.Future, asyncio.tasks._CTask is _asyncio.Task',
    'asyncio.events.get_running_loop is _asyncio.get_running_loop, asyncio.tasks.current_task is _asyncio.current_task, asyncio.tasks.all_tasks is _asyncio.all_tasks',
    'asyncio.futures.future_add_to_awaited_by is _asyncio.future_add_to_awaited_by, asyncio.tasks._enter_task is _asyncio._enter_task',
    // the types
    'members(_asyncio.Future)',
    'members(_asyncio.Task)',
    '[(t.__name__, t.__qualname__, t.__module__, t.__text_signature__, bool(t.__flags__ & (1 << 10)), [b.__name__ for b in t.__mro__]) for t in (_asyncio.Future, _asyncio.Task)]',
    'repr(_asyncio.Future), repr(_asyncio.Task), _asyncio.Future[int], _asyncio.Task[str, int]',
    'it = iter(loop.create_future()); t = type(it); r = (t.__name__, t.__module__, repr(t), members(t), bool(t.__flags__ & (1 << 10)))',
    "it = loop.create_future().__await__(); r = (iter(it) is it, err(it.send), err(it.send, 1, 2), err(it.throw), it.close())",
    "class F(asyncio.Future): pass\nclass T(asyncio.Task): pass\nr = (F.__mro__[1] is _asyncio.Future, T.__mro__[1] is _asyncio.Task, F(loop=loop).get_loop() is loop, repr(F(loop=loop)))",
    "class F(asyncio.Future):\n    def __init__(self, *, loop=None):\n        super().__init__(loop=loop)\n        self.x = 1\nf = F(loop=loop); f.y = 2; r = (f.x, f.y, sorted(vars(f)), f._state)",
    // arguments
    "err(_asyncio.Future, 1), err(_asyncio.Future, loop=loop, x=1), err(_asyncio.Future, loop)",
    "err(_asyncio.Task), err(_asyncio.Task, coro(), 1), err(_asyncio.Task, 1, loop=loop), err(_asyncio.Task, coro=None, loop=loop)",
    "f = loop.create_future(); r = (err(f.set_result), err(f.set_result, 1, 2), err(f.set_result, result=1), err(f.set_exception), err(f.exception, 1), err(f.get_loop, x=1), err(f.remove_done_callback, fn=1), err(f.remove_done_callback, 1, x=2))",
    "f = loop.create_future(); r = (err(f.add_done_callback), err(f.add_done_callback, print, print), err(f.cancel, 1, 2), err(f.result, 1), err(f.remove_done_callback), f.cancel(msg='m'), f._cancel_message)",
    "f = loop.create_future(); f._cancel_message = 'set'; r = (f._cancel_message, err(delattr, f, '_cancel_message'), err(delattr, f, '_asyncio_future_blocking'), err(delattr, f, '_log_traceback'), err(setattr, f, '_state', 'x'))",
    // outside a running loop
    "err(_asyncio.get_running_loop), _asyncio._get_running_loop(), err(_asyncio.current_task), err(_asyncio.all_tasks), _asyncio.current_task(loop), _asyncio.all_tasks(loop)",
    "err(_asyncio._enter_task, loop, 1), err(_asyncio._leave_task, loop, 1), err(_asyncio._swap_current_task, loop, 1), err(_asyncio._enter_task, loop), err(_asyncio._set_running_loop)",
    "_asyncio._set_running_loop(loop); r = (_asyncio.get_running_loop() is loop, asyncio.get_event_loop() is loop, _asyncio._swap_current_task(loop, 5), _asyncio.current_task(), _asyncio._swap_current_task(loop, None)); _asyncio._set_running_loop(None)",
    "f = loop.create_future(); g = loop.create_future(); _asyncio.future_add_to_awaited_by(f, g); a = f._asyncio_awaited_by; _asyncio.future_add_to_awaited_by(f, loop.create_future()); b = len(f._asyncio_awaited_by); _asyncio.future_discard_from_awaited_by(f, g); r = (type(a).__name__, a == {g}, b, len(f._asyncio_awaited_by), _asyncio.future_add_to_awaited_by(1, 2))",
    // tasks and their callbacks
    "t = loop.create_task(coro()); cb = loop._ready[-1]._callback; r = (type(cb).__name__, type(cb).__module__, cb.__self__ is t, err(cb, 1), err(cb, x=1), t.get_name().startswith('Task-'), run(t))",
    "async def w(f): return await f\nasync def probe():\n    f = loop.create_future(); t = loop.create_task(w(f)); await asyncio.sleep(0); cb = f._callbacks[0][0]\n    r = (cb.__name__, cb.__qualname__, cb.__self__ is t, type(cb).__name__, cb.__module__, f._asyncio_awaited_by == {t}, t._fut_waiter is f, asyncio.current_task() in asyncio.all_tasks(), t in asyncio.all_tasks())\n    f.set_result(3)\n    return r + (await t, f._asyncio_awaited_by, t in asyncio.all_tasks())\nr = run(probe())",
    "t = loop.create_task(coro(), name='x'); r = (t.get_name(), t.set_name(5), t.get_name(), run(t), t.get_coro() is t._coro, t.get_stack())",
    "t = loop.create_task(coro()); r = (t.cancel(), t.cancel(), t.cancelling(), t._must_cancel, err(run, t), t.cancelled(), t.cancelling(), t.uncancel(), t.uncancel(), t.uncancel())",
    "t = loop.create_task(coro()); t._log_destroy_pending = 0; r = (t._log_destroy_pending, err(delattr, t, '_log_destroy_pending'), run(t), err(setattr, t, '_must_cancel', True))",
    "t = _asyncio.Task.__new__(_asyncio.Task); r = (t.get_name(), t.get_coro(), t._coro, t._fut_waiter, t.cancelling(), t.done(), err(repr, t), err(t.result))",
    "async def probe():\n    t = loop.create_task(coro(), eager_start=True)\n    return t.done(), t.result(), t.get_coro(), t in asyncio.all_tasks()\nr = run(probe())",
    "t = loop.create_task(coro(), eager_start=True); r = (t.done(), loop._ready[-1]._callback.__self__ is t, run(t), t.get_coro() is None)",
  ],
};
