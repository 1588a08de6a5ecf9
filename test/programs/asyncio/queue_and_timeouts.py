# oracle: python3
# Producers and consumers on asyncio.Queue, events and locks, wait_for and asyncio.timeout.  python3
# (3.11) answers: the oracle cannot run an event loop under Node.
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)

async def consumer(q):
    got = []
    while (item := await q.get()) is not None:
        got.append(item * item)
        q.task_done()
    q.task_done()
    return got

async def main():
    q = asyncio.Queue(maxsize=2)
    _, got = await asyncio.gather(producer(q, 6), consumer(q))
    print(got, q.empty())
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return 'woken'
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    ev.set()
    print(await t)
    lock = asyncio.Lock()
    order = []
    async def critical(n):
        async with lock:
            order.append(n)
            await asyncio.sleep(0.001)
            order.append(-n)
    await asyncio.gather(*(critical(i) for i in (1, 2, 3)))
    print(order)
    try:
        await asyncio.wait_for(asyncio.sleep(30), timeout=0.02)
    except TimeoutError:
        print('wait_for timed out')
    print(await asyncio.wait_for(asyncio.sleep(0.001, 'in time'), timeout=30))
    try:
        async with asyncio.timeout(0.02) as cm:
            await asyncio.sleep(30)
    except TimeoutError:
        print('timeout block', cm.expired())
    sem = asyncio.Semaphore(2)
    inside = []
    peak = [0]
    async def limited(i):
        async with sem:
            inside.append(i)
            peak[0] = max(peak[0], len(inside))
            await asyncio.sleep(0.005)
            inside.remove(i)
            return i * i
    print(await asyncio.gather(*(limited(i) for i in range(4))), 'peak', peak[0], inside)

asyncio.run(main())
