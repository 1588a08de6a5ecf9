# errors around coroutines: await non-awaitables, reuse, throw/close, iteration
import types
async def coro():
    return 1

c = coro()
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

async def await_int():
    await 5
c = await_int()
try:
    c.send(None)
except TypeError as e:
    print(type(e).__name__, e)

class BadAwait:
    def __await__(self):
        return 42
async def await_bad():
    await BadAwait()
try:
    await_bad().send(None)
except TypeError as e:
    print(type(e).__name__, e)

class IterNotGen:
    def __await__(self):
        return iter([1, 2])
async def await_iter():
    return await IterNotGen()
c = await_iter()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("finished", e.value)

async def gen_not_awaitable():
    def g():
        yield 1
    await g()
try:
    gen_not_awaitable().send(None)
except TypeError as e:
    print(type(e).__name__, e)

@types.coroutine
def legacy():
    x = yield "legacy-yield"
    return x * 2
async def uses_legacy():
    return await legacy()
c = uses_legacy()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print(e.value)

async def catcher():
    try:
        await legacy()
    except ValueError as e:
        return "caught " + str(e)
c = catcher()
c.send(None)
try:
    c.throw(ValueError("thrown in"))
except StopIteration as e:
    print(e.value)

for attempt in (iter, next, list):
    c = coro()
    try:
        attempt(c)
    except TypeError as e:
        print(type(e).__name__, e)
    c.close()

async def awaits_twice():
    c = coro()
    a = await c
    try:
        await c
    except RuntimeError as e:
        return a, str(e)
try:
    awaits_twice().send(None)
except StopIteration as e:
    print(e.value)
c = coro()
aw = c.__await__()
print(type(aw).__name__)
try:
    next(aw)
except StopIteration as e:
    print("via __await__:", e.value)
