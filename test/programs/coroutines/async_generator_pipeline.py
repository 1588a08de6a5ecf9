# async generators composed into a pipeline, driven by a manual event loop
class Tick:
    def __await__(self):
        yield "tick"
async def numbers(n):
    for i in range(n):
        await Tick()
        yield i
async def squares(source):
    async for x in source:
        yield x * x
async def only_odd(source):
    async for x in source:
        if x % 2:
            yield x
async def collect(source):
    out = []
    async for x in source:
        out.append(x)
    return out
def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks
print(run(collect(only_odd(squares(numbers(8))))))
async def early_exit():
    src = numbers(100)
    async for x in src:
        if x == 3:
            break
    await src.aclose()
    return x
print(run(early_exit()))
async def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  async gen finally")
async def take_one():
    g = with_finally()
    v = await g.__anext__()
    await g.aclose()
    return v
print(run(take_one()))
async def comprehension():
    return [x async for x in numbers(4)], [await_value for await_value in [1, 2]]
print(run(comprehension()))
