# async with and async for with custom protocol objects, driven by hand
class Tick:
    def __await__(self):
        yield "tick"

class AsyncCM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print(f"  aenter {self.name}")
        await Tick()
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print(f"  aexit {self.name}", et.__name__ if et else None)
        await Tick()
        return self.suppress

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Tick()
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def main():
    async with AsyncCM("one") as v:
        print("  body", v)
    async with AsyncCM("two", suppress=True):
        raise ValueError("suppressed")
    try:
        async with AsyncCM("three"):
            raise KeyError("propagates")
    except KeyError as e:
        print("  caught", repr(e))
    async with AsyncCM("a") as a, AsyncCM("b") as b:
        print("  both", a, b)
    items = []
    async for i in Countdown(3):
        items.append(i)
    else:
        items.append("else")
    print("  items", items)
    return "main done"

def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks

print(run(main()))

class NoAenter:
    pass
async def bad_with():
    async with NoAenter():
        pass
try:
    run(bad_with())
except TypeError as e:
    print(type(e).__name__, e)
async def bad_for():
    async for x in [1, 2]:
        pass
try:
    run(bad_for())
except TypeError as e:
    print(type(e).__name__, e)
class AnextNotAwaitable:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
async def bad_anext():
    async for x in AnextNotAwaitable():
        pass
try:
    run(bad_anext())
except TypeError as e:
    print(type(e).__name__, e)
class SyncCMOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
async def sync_in_async():
    async with SyncCMOnly():
        pass
try:
    run(sync_in_async())
except TypeError as e:
    print(type(e).__name__, e)
