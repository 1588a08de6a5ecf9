# asyncio: task switches (sleep(0)), gather of many tasks, a bounded queue between a producer and a
# consumer, futures resolved from callbacks, cancellation.  The loop is a BaseEventLoop without I/O
# on a virtual clock, so that the oracle (CPython in WebAssembly, whose own event loop needs a
# browser) runs it as well.
import asyncio
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


class VirtualLoop(base_events.BaseEventLoop):
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


async def switches(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def work(i):
    await asyncio.sleep(0)
    await asyncio.sleep(i % 3)
    return i * 2


async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)


async def consumer(q):
    total = 0
    while (item := await q.get()) is not None:
        total += item
    return total


async def resolved(loop, n):
    total = 0
    for i in range(n):
        f = loop.create_future()
        loop.call_soon(f.set_result, i)
        total += await f
    return total


async def cancelled(n):
    count = 0
    for _ in range(n):
        t = asyncio.ensure_future(asyncio.sleep(10))
        await asyncio.sleep(0)
        t.cancel()
        try:
            await t
        except asyncio.CancelledError:
            count += 1
    return count


async def main():
    loop = asyncio.get_running_loop()
    print('switches', await switches(20000))
    r = await asyncio.gather(*[work(i) for i in range(2000)])
    print('gather', len(r), sum(r))
    q = asyncio.Queue(maxsize=16)
    p = asyncio.ensure_future(producer(q, 10000))
    print('queue', await consumer(q))
    await p
    print('futures', await resolved(loop, 5000))
    print('cancelled', await cancelled(2000))


asyncio.events._set_running_loop(None)
loop = VirtualLoop()
try:
    loop.run_until_complete(main())
finally:
    loop.close()
