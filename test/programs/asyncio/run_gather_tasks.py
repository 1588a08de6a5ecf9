# oracle: python3
# asyncio.run with sleeps, gather, create_task, results and cancellation.  python3 (3.11) answers: the
# oracle cannot run an event loop under Node.
import asyncio, time

async def work(name, delay, log):
    log.append(f'start {name}')
    await asyncio.sleep(delay)
    log.append(f'end {name}')
    return name.upper()

async def main():
    log = []
    t0 = time.monotonic()
    print(await asyncio.gather(work('a', 1.0, log), work('b', 0.3, log), work('c', 0, log)))
    print(log, time.monotonic() - t0 >= 1.0)
    t = asyncio.create_task(work('d', 0.01, log))
    print(t.done(), await t, t.done(), t.result())
    tasks = [asyncio.create_task(work(str(i), 0.3 * (2 - i), log)) for i in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(x.result() for x in done), len(pending))
    for x in asyncio.as_completed(list(pending)):
        print('as_completed', await x)
    slow = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    slow.cancel()
    try:
        await slow
    except asyncio.CancelledError:
        print('cancelled', slow.cancelled())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 'later')
    loop.call_soon(log.append, 'soon')
    print(await fut, log[-1])
    async with asyncio.TaskGroup() as tg:
        r1 = tg.create_task(work('tg1', 0.01, log))
        r2 = tg.create_task(work('tg2', 0, log))
    print(r1.result(), r2.result())
    return 'main done'

print(asyncio.run(main()))
print(asyncio.run(asyncio.sleep(0, result=42)))
