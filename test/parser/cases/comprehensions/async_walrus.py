async def f():
    [x async for x in aiter()]
    {x: y async for x, y in aiter() if x}
    {x async for x in a for y in b}
    (await x async for x in a)
    [y := f(x) for x in range(3) if (z := x)]
    [[a for a in b] for b in c]
    {k: v for k, v in d.items()}
    (x for x in a if x if not x)
