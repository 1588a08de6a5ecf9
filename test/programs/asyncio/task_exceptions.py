# oracle: python3
# Exceptions raised in tasks: awaited, gathered (with and without return_exceptions), in TaskGroups,
# and an uncaught one ending asyncio.run.  python3 (3.11) answers: the oracle cannot run an event loop
# under Node.
import asyncio

async def fail(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)

async def ok(v):
    await asyncio.sleep(0.001)
    return v

async def main():
    t = asyncio.create_task(fail('in task'))
    try:
        await t
    except ValueError as e:
        print('awaited:', e, type(t.exception()).__name__)
    print(await asyncio.gather(ok(1), fail('x'), ok(3), return_exceptions=True))
    try:
        await asyncio.gather(ok(1), fail('gathered'))
    except ValueError as e:
        print('gather:', e)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail('one', 0.001))
            tg.create_task(fail('two', 1.0))
            tg.create_task(ok(5))
    except* ValueError as eg:
        print('group:', sorted(str(e) for e in eg.exceptions))
    try:
        await asyncio.wait_for(fail('inner'), 1)
    except ValueError as e:
        print('wait_for:', e)
    await fail('uncaught')

try:
    asyncio.run(main())
except ValueError as e:
    print('run raised:', e)
