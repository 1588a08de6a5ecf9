async def f():
    async with a as b, c:
        pass
    async with (a as b, c as d):
        pass
    async for x in y:
        pass
    else:
        pass
    await x
    await (yield)
