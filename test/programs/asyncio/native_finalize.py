# Finalization of native futures and tasks: exception never retrieved (on del), task destroyed pending (gc.collect of a cycle), a subclass's __del__.
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

async def boom(msg):
    raise ValueError(msg)

async def waiter(fut):
    try:
        await fut
    finally:
        print('waiter finally')

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(KeyError('never'))
    print('drop f')
    del f
    print('dropped f')
    g = loop.create_future()
    g.set_exception(KeyError('seen'))
    g.exception()
    del g
    print('dropped g')
    h = loop.create_future()
    h.set_exception(KeyError('cancel clears'))
    h.cancel()
    del h
    t = asyncio.create_task(boom('task never retrieved'))
    await asyncio.sleep(0)
    print('task done', t.done())
    del t
    print('dropped t')
    t2 = asyncio.create_task(boom('retrieved'))
    await asyncio.sleep(0)
    t2.result if False else None
    try:
        t2.result()
    except ValueError:
        pass
    del t2
    print('dropped t2')
    fut = loop.create_future()
    t3 = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    print('t3 pending', t3.done())
    del t3, fut
    print('dropped t3 (a cycle)')
    n = gc.collect()
    print('collected')
    fut = loop.create_future()
    t4 = asyncio.create_task(waiter(fut))
    t4._log_destroy_pending = False
    await asyncio.sleep(0)
    del t4, fut
    gc.collect()
    print('collected quietly')
    class MyFut(asyncio.Future):
        def __del__(self):
            print('MyFut.__del__', self._log_traceback)
            super().__del__()
    m = MyFut(loop=loop)
    m.set_exception(OSError('sub'))
    del m
    print('dropped m')
    return 'main done'

print(run(main()))
print('after run')
