# Eager tasks, Task subclasses and task factories, contexts, current_task/all_tasks and the task registration functions, get_stack/print_stack.
# The event loop is a BaseEventLoop on a virtual clock without I/O (VLoop): the oracle (CPython
# 3.14 under Node) cannot run a selector loop, and this one makes the timings deterministic.
import asyncio, sys, gc
from asyncio import base_events

class _Selector:
    def __init__(self, loop):
        self.loop = loop
    def select(self, timeout):
        if timeout:
            self.loop._now += timeout
        return []
    def close(self):
        pass

class VLoop(base_events.BaseEventLoop):
    """An event loop on a virtual clock, without I/O (the oracle cannot run a selector loop)."""
    def __init__(self):
        super().__init__()
        self._now = 0.0
        self._selector = _Selector(self)
    def time(self):
        return self._now
    def _process_events(self, events):
        pass
    def _write_to_self(self):
        pass

asyncio.events._set_running_loop(None)

def run(coro, handler=True):
    loop = VLoop()
    if handler:
        loop.set_exception_handler(lambda loop, ctx: print('handler:', ctx['message'], type(ctx.get('exception')).__name__ if 'exception' in ctx else '', type(ctx.get('future', ctx.get('task'))).__name__))
    try:
        return loop.run_until_complete(coro)
    finally:
        loop.close()
import contextvars, io
cv = contextvars.ContextVar('cv', default='unset')

async def quick(n):
    print('quick runs', n, asyncio.current_task().get_name(), cv.get())
    return n

async def slow(n):
    print('slow starts', n)
    await asyncio.sleep(0)
    print('slow resumes', n, asyncio.current_task().get_name())
    return n * 2

class MyTask(asyncio.Task):
    def __init__(self, coro, *, loop=None, name=None, context=None, eager_start=False):
        super().__init__(coro, loop=loop, name=name, context=context, eager_start=eager_start)
        self.tag = 'mine'
    def cancel(self, msg=None):
        print('MyTask.cancel', msg)
        return super().cancel(msg)

async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    cv.set('main value')
    t = asyncio.create_task(quick(1))
    print('created', t.done(), t.result() if t.done() else None, t.get_coro())
    t2 = asyncio.create_task(slow(2))
    print('created slow', t2.done(), t2 in asyncio.all_tasks())
    print(await t2)
    t3 = asyncio.create_task(slow(3), name='named')
    print(t3.get_name(), await t3)
    loop.set_task_factory(None)
    t4 = asyncio.create_task(quick(4))
    print('lazy', t4.done(), await t4)
    loop.set_task_factory(lambda loop, coro, **kw: MyTask(coro, loop=loop, **kw))
    t5 = asyncio.create_task(slow(5))
    print(type(t5).__name__, t5.tag, isinstance(t5, asyncio.Task), t5 in asyncio.all_tasks())
    await asyncio.sleep(0)
    t5.cancel('sub cancel')
    try:
        await t5
    except asyncio.CancelledError as e:
        print('t5 cancelled', e.args, repr(t5).split(' coro=')[0])
    loop.set_task_factory(None)
    ctx = contextvars.copy_context()
    ctx.run(cv.set, 'in ctx')
    t6 = asyncio.create_task(quick(6), context=ctx)
    print(await t6, t6.get_context() is ctx)
    f = loop.create_future()
    f.add_done_callback(lambda fut: print('cb sees', cv.get()), context=ctx)
    f.add_done_callback(lambda fut: print('cb default sees', cv.get()))
    cv.set('changed later')
    f.set_result(None)
    await asyncio.sleep(0)
    # current_task / all_tasks and the registration functions
    print(asyncio.current_task() is asyncio.tasks._c_current_task(), asyncio.current_task(loop) is asyncio.current_task())
    print(asyncio.tasks.current_task(VLoop()))
    async def stuck():
        await asyncio.sleep(10)
    ts = [asyncio.create_task(stuck(), name=f's{i}') for i in range(3)]
    await asyncio.sleep(0)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    for x in ts:
        x.cancel()
    await asyncio.sleep(0)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print([x.cancelled() for x in ts])
    # a third-party task registered by hand
    class Fake:
        def __init__(self): self._loop = loop; self.d = False
        def done(self): return self.d
        def get_loop(self): return self._loop
    fk = Fake()
    asyncio.tasks._register_task(fk)
    print(fk in asyncio.all_tasks())
    fk.d = True
    print(fk in asyncio.all_tasks())
    asyncio.tasks._unregister_task(fk)
    fk2 = Fake()
    asyncio.tasks._register_eager_task(fk2)
    print(fk2 in asyncio.all_tasks())
    asyncio.tasks._unregister_eager_task(fk2)
    print(fk2 in asyncio.all_tasks())
    me = asyncio.current_task()
    try:
        asyncio.tasks._enter_task(loop, me)
    except RuntimeError as e:
        print(str(e).split(' while')[0].split(' <')[0])
    try:
        asyncio.tasks._leave_task(loop, 1)
    except RuntimeError as e:
        print(str(e).split(' while')[0].split(' <')[0])
    try:
        asyncio.tasks._enter_task(VLoop(), me)
    except RuntimeError as e:
        print(str(e).split(' <')[0], 'is not the running loop' in str(e))
    prev = asyncio.tasks._swap_current_task(loop, None)
    print(prev is me, asyncio.current_task())
    print(asyncio.tasks._swap_current_task(loop, me))
    # get_stack / print_stack
    async def deep():
        await asyncio.sleep(1)
    d = asyncio.create_task(deep())
    await asyncio.sleep(0)
    print([f.f_code.co_name for f in d.get_stack()])
    out = io.StringIO()
    d.print_stack(file=out)
    print(out.getvalue().splitlines()[0])
    d.cancel()
    await asyncio.sleep(0)
    async def fails():
        raise KeyError('x')
    e = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print([f.f_code.co_name for f in e.get_stack()], e.get_stack(limit=0))
    e.exception()
    return 'eager done'

print(run(main()))
