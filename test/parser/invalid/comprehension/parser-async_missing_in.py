async def f():
    return [a async for a, b c]
