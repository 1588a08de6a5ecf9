# The native _asyncio.Future: results, exceptions, callbacks, cancellation, state attributes, the await iterator, uninitialized futures.
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

def err(f, *a, **k):
    try:
        return f(*a, **k)
    except BaseException as e:
        return f'{type(e).__name__}: {e}'

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(type(f), asyncio.Future is asyncio.futures._CFuture, f._state, f.done(), f.cancelled())
    print(err(f.result), err(f.exception), f._callbacks, f._result, f._exception, f._log_traceback)
    print(repr(f))
    f.add_done_callback(lambda x: print('cb1', x.result()))
    f.add_done_callback(print)
    f.add_done_callback(print)
    print(len(f._callbacks), [type(c[1]).__name__ for c in f._callbacks])
    print(f.remove_done_callback(print), len(f._callbacks))
    f.set_result(42)
    print(repr(f), f._state, f.result(), f.exception(), err(f.set_result, 1), err(f.set_exception, ValueError))
    await asyncio.sleep(0)
    g = loop.create_future()
    g.set_exception(ValueError)
    print(type(g.exception()), g._log_traceback, repr(g))
    g2 = loop.create_future()
    print(err(g2.set_exception, StopIteration(3)), type(g2.exception()), type(g2.exception().__cause__))
    print(err(loop.create_future().set_exception, 5), err(loop.create_future().set_exception, int))
    c = loop.create_future()
    print(c.cancel('why'), c.cancel(), c.cancelled(), c.done(), c._state, repr(c))
    print(err(c.result), err(c.exception), c._cancel_message)
    e = c._make_cancelled_error()
    print(type(e).__name__, e.args)
    c2 = loop.create_future(); c2.cancel()
    print(err(c2.result))
    print(asyncio.Future[int], f.get_loop() is loop)
    u = asyncio.Future.__new__(asyncio.Future)
    print(err(u.result), err(u.exception), err(u.set_result, 1), err(u.cancel), u.done(), u.cancelled(), err(u.get_loop), err(repr, u), err(iter, u), u._loop, err(lambda: u._state), err(u.add_done_callback, print))
    b = loop.create_future()
    print(b._asyncio_future_blocking)
    b._asyncio_future_blocking = 1
    print(b._asyncio_future_blocking, err(setattr, b, '_log_traceback', True))
    it = b.__await__()
    print(type(it).__name__, err(next, it))
    b2 = loop.create_future()
    it2 = iter(b2)
    print(next(it2) is b2, err(next, it2))
    b2.set_result('x')
    print(err(next, it2), err(it2.send, None))
    b3 = loop.create_future(); b3.set_result(None)
    print(err(next, iter(b3)))
    it4 = iter(loop.create_future())
    print(err(it4.throw, ValueError('boom')), err(it4.throw, ValueError), err(it4.throw, 1), it4.close())
    f5 = asyncio.Future(loop=loop)
    loop.call_soon(f5.set_result, 'later')
    print(await f5)
    f6 = loop.create_future()
    loop.call_soon(f6.set_exception, KeyError('k'))
    try:
        await f6
    except KeyError as ex:
        print('raised', repr(ex), ex.__traceback__ is not None)
    f7 = loop.create_future()
    f7.add_done_callback(lambda x: print('ctx cb'), context=None)
    print(err(f7.add_done_callback))
    f8 = loop.create_future()
    f8.f = 1
    print(f8.__dict__, hasattr(f8, '__weakref__'))
    return 'done'

print(run(main()))
