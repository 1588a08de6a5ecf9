# Future subclasses, pure-Python futures and tasks mixed with native ones, coroutine-like objects, weak references, remove_done_callback.
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
import weakref, collections.abc

def err(f, *a, **k):
    try:
        return f(*a, **k)
    except BaseException as e:
        return f'{type(e).__name__}: {e}'

class SubFut(asyncio.Future):
    pass

class Awaitable:
    def __init__(self, fut): self.fut = fut
    def __await__(self):
        return (yield from self.fut)

class CoroLike(collections.abc.Coroutine):
    def __init__(self): self.n = 0
    def send(self, v):
        self.n += 1
        if self.n > 2:
            raise StopIteration('corolike result')
        return None
    def throw(self, *a): raise a[0]
    def close(self): pass
    def __await__(self): return self

def cb_a(fut): print('cb_a', fut.result())

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(cb_a)
    f.add_done_callback(print)
    print(repr(f))
    s = SubFut(loop=loop)
    print(repr(s), type(s).__mro__[1].__name__)
    loop.call_soon(s.set_result, 'sub')
    print(await s, repr(s))
    s2 = SubFut(loop=loop)
    t = asyncio.create_task(Awaitable(s2).__await__().__next__() and None or asyncio.sleep(0))
    await t
    s3 = SubFut(loop=loop)
    async def wait_sub():
        return await s3
    ws = asyncio.create_task(wait_sub())
    await asyncio.sleep(0)
    print(type(ws._fut_waiter).__name__, s3._asyncio_future_blocking)
    ws.cancel('sub cancel')
    await asyncio.sleep(0)
    print(s3.cancelled(), ws.cancelled())
    pf = asyncio.futures._PyFuture(loop=loop)
    async def wait_py():
        return await pf
    wp = asyncio.create_task(wait_py())
    await asyncio.sleep(0)
    print(type(wp._fut_waiter).__name__)
    pf.set_result('py result')
    print(await wp)
    async def cpy():
        await asyncio.sleep(0)
        return 'pytask over C future'
    pt = asyncio.tasks._PyTask(cpy(), loop=loop)
    print(await pt, type(pt).__name__)
    ct = asyncio.Task(CoroLike(), loop=loop)
    print(await ct)
    w = weakref.ref(f)
    ws2 = weakref.WeakSet([ct])
    print(w() is f, len(ws2))
    f.set_result(1)
    await asyncio.sleep(0)
    fa = loop.create_future()
    fa.add_done_callback(cb_a)
    print(fa.remove_done_callback(cb_a), fa.remove_done_callback(cb_a), fa._callbacks)
    for n in range(4):
        fa.add_done_callback(cb_a if n % 2 else print)
    print(fa.remove_done_callback(print), [c[0].__name__ for c in fa._callbacks])
    class Evil:
        def __eq__(self, other):
            fa._callbacks and None
            return False
    print(fa.remove_done_callback(Evil()))
    return 'edge done'

print(run(main()))
