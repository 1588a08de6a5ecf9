# Debug mode: source tracebacks of futures and tasks in their repr.
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

async def sub():
    await asyncio.sleep(1)

async def main():
    loop = asyncio.get_running_loop()
    loop.set_debug(True)
    f = loop.create_future()
    print(repr(f).replace(__file__, 'FILE'))
    print(type(f._source_traceback).__name__, f._source_traceback[-1].name)
    t = asyncio.create_task(sub())
    print(repr(t).replace(__file__, 'FILE'))
    print(t._source_traceback[-1].name, t._source_traceback[-1].line)
    await asyncio.sleep(0)
    print(repr(t).replace(__file__, 'FILE'))
    t.cancel()
    await asyncio.sleep(0)
    print(repr(t).replace(__file__, 'FILE'))
    loop.set_debug(False)
    return 'debug done'

print(run(main()))
