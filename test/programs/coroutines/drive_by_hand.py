# coroutines driven by hand with send(None): await on custom awaitables
class Suspend:
    """An awaitable that suspends once, yielding a value to the driver."""
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield ("suspended", self.tag)
        return f"{self.tag} resumed with {got!r}"

async def worker(name):
    print(f"  {name}: start")
    r1 = await Suspend(name + "-1")
    print(f"  {name}:", r1)
    r2 = await Suspend(name + "-2")
    print(f"  {name}:", r2)
    return name.upper()

def run(coro):
    value = None
    step = 0
    while True:
        try:
            out = coro.send(value)
        except StopIteration as e:
            return e.value
        print("driver received", out)
        step += 1
        value = step * 100

print(run(worker("alpha")))

async def nested():
    a = await worker("inner")
    b = await plain()
    return a + "|" + b

async def plain():
    return "no suspension"

print(run(nested()))

def round_robin(*coros):
    pending = list(coros)
    results = {}
    while pending:
        for c in list(pending):
            try:
                c.send(None)
            except StopIteration as e:
                results[c.__name__] = e.value
                pending.remove(c)
    return results

async def count(n):
    total = 0
    for i in range(n):
        total += i
        await Suspend(i)
    return total

c1, c2 = count(3), count(5)
print(round_robin(c1, c2))
c = worker("w")
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await)
c.send(None)
print(type(c.cr_await).__name__, c.cr_frame is not None)
c.close()
print(c.cr_frame)
