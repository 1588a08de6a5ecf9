# The native _asyncio.Task: names, repr, cancel/cancelling/uncancel and messages, bad yields, gather/wait/wait_for/shield/timeout/TaskGroup/as_completed.
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

async def child(n, log):
    log.append(f'start {n}')
    await asyncio.sleep(n)
    log.append(f'end {n}')
    return n * 10

async def forever():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError as e:
        print('forever cancelled', e.args)
        raise

async def swallow():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print('swallowed; cancelling =', asyncio.current_task().cancelling())
        asyncio.current_task().uncancel()
    return 'survived'

async def main():
    loop = asyncio.get_running_loop()
    me = asyncio.current_task()
    print(type(me).__name__, me.get_name(), me in asyncio.all_tasks(), len(asyncio.all_tasks()))
    log = []
    t = asyncio.create_task(child(1, log))
    print(t.get_name(), t.done(), repr(t).split(' coro=')[0], t._state, t._must_cancel, t._fut_waiter, t._log_destroy_pending)
    print(t.get_coro().__qualname__, type(t.get_context()).__name__, asyncio.Task.__text_signature__)
    await asyncio.sleep(0)
    print(type(t._fut_waiter).__name__, t._coro is t.get_coro())
    print(await t, t.result(), log, repr(t))
    t2 = asyncio.create_task(child(2, log), name=123)
    print(t2.get_name(), repr(t2.get_name()))
    t2.set_name(('a', 1))
    print(t2.get_name())
    await t2
    t3 = asyncio.create_task(forever())
    await asyncio.sleep(0)
    print(t3.cancel('stop it'), t3.cancelling(), t3.cancel(), t3.cancelling())
    try:
        await t3
    except asyncio.CancelledError as e:
        print('t3 raised', e.args, t3.cancelled(), err(t3.result), err(t3.exception))
    print(t3.cancel(), t3.cancelling(), t3.uncancel(), t3.uncancel())
    t4 = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t4.cancel()
    print(await t4, t4.cancelling())
    t5 = asyncio.create_task(child(0, log))
    t5.cancel('before start')
    try:
        await t5
    except asyncio.CancelledError as e:
        print('t5', e.args, log[-1])
    async def boom():
        raise ValueError('bad')
    t6 = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print(t6.done(), type(t6.exception()).__name__, repr(t6))
    print(err(t6.set_result, 1), err(t6.set_exception, ValueError()))
    async def selfawait():
        await asyncio.current_task()
    t7 = asyncio.create_task(selfawait())
    try:
        await t7
    except RuntimeError as e:
        print('t7', str(e).split(':')[0])
    class Yields:
        def __init__(self, v): self.v = v
        def __await__(self):
            yield self.v
    async def awaits(v):
        await Yields(v)
    def gen():
        yield 1
    f = loop.create_future()
    for i, v in enumerate([17, gen(), f, None]):
        try:
            print('t%d' % (8 + i), await asyncio.create_task(awaits(v)))
        except RuntimeError as e:
            print('t%d' % (8 + i), str(e).split(' in task')[0].split(':')[0])
    other = VLoop()
    of = other.create_future()
    async def otherloop():
        await of
    try:
        await asyncio.create_task(otherloop())
    except RuntimeError as e:
        print('t11', 'attached to a different loop' in str(e))
    other.close()
    print(err(asyncio.Task, 5, loop=loop))
    async def nothing():
        return 7
    c = nothing()
    tt = asyncio.Task(c, loop=loop)
    print(await tt, tt.get_coro() is c)
    c2 = nothing()
    print(asyncio.Task[int], err(lambda: asyncio.Task(c2, loop=loop, bogus=1)))
    c2.close()
    # gather, wait, wait_for, shield, timeout, TaskGroup
    print(await asyncio.gather(child(1, log), child(2, log), asyncio.sleep(0, 'z')))
    r = await asyncio.gather(boom(), child(1, log), return_exceptions=True)
    print([type(x).__name__ for x in r])
    try:
        await asyncio.wait_for(forever(), 1)
    except TimeoutError as e:
        print('wait_for timeout', type(e).__name__)
    try:
        async with asyncio.timeout(0.5) as cm:
            await asyncio.sleep(3)
    except TimeoutError:
        print('timeout expired', cm.expired())
    inner = asyncio.create_task(child(1, log))
    sh = asyncio.shield(inner)
    sh.cancel()
    await asyncio.sleep(0)
    print('shield', sh.cancelled(), inner.cancelled(), await inner)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(1, log))
            tg.create_task(boom())
            tg.create_task(forever())
    except* ValueError as eg:
        print('taskgroup', [str(e) for e in eg.exceptions])
    done, pending = await asyncio.wait([asyncio.create_task(child(i, log)) for i in (3, 1, 2)], return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    for p in pending:
        p.cancel()
    res = []
    for fut in asyncio.as_completed([child(3, log), child(1, log)]):
        res.append(await fut)
    print(res)
    return 'main done'

print(run(main()))
