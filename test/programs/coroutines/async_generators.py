# async generators driven by hand: __anext__().send(None), asend, athrow, aclose
class Suspend:
    def __await__(self):
        yield "tick"

async def agen(n):
    for i in range(n):
        await Suspend()
        yield i * 10
    print("  agen done")

def step(awaitable, value=None):
    """Run an awaitable to completion; ticks are counted, the result returned."""
    ticks = 0
    try:
        while True:
            awaitable.send(value)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks
    except StopAsyncIteration:
        return "StopAsyncIteration", ticks

a = agen(3)
print(type(a).__name__, a.__name__, a.ag_running)
print(step(a.__anext__()))
print(step(a.__anext__()))
print(step(a.__anext__()))
print(step(a.__anext__()))
print(step(a.__anext__()))

async def echo():
    received = []
    while True:
        x = yield received[-1] if received else None
        received.append(x)
        if x == "stop":
            return

e = echo()
print(step(e.asend(None)))
print(step(e.asend("a")))
print(step(e.asend("b")))
print(step(e.asend("stop")))

async def catcher():
    try:
        yield 1
    except ValueError as ex:
        yield f"caught {ex}"
    finally:
        print("  catcher finally")

c = catcher()
print(step(c.__anext__()))
print(step(c.athrow(ValueError("x"))))
print(step(c.aclose()))

c2 = catcher()
print(step(c2.__anext__()))
try:
    step(c2.athrow(KeyError("k")))
except KeyError as ex:
    print("propagated", repr(ex))

async def no_yield_after_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
bad = no_yield_after_close()
step(bad.__anext__())
try:
    step(bad.aclose())
except RuntimeError as ex:
    print(type(ex).__name__, ex)

async def for_consumer():
    out = []
    async for v in agen(2):
        out.append(v)
    return out
print(step(for_consumer()))

async def comprehension_consumer():
    return [v async for v in agen(3) if v], {v: 1 async for v in agen(2)}
print(step(comprehension_consumer()))
aiter_obj = agen(1)
print(aiter(aiter_obj) is aiter_obj)
async def use_anext():
    it = agen(1)
    first = await anext(it)
    default = await anext(it, "default")
    return first, default
print(step(use_anext()))
