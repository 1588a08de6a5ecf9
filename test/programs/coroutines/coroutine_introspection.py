# inspect on coroutines, flags, awaitables and the collections.abc protocols
import inspect
import collections.abc as cabc
async def co():
    return 1
async def ag():
    yield 1
def gen():
    yield 1

c = co()
a = ag()
print(inspect.iscoroutinefunction(co), inspect.iscoroutine(c), inspect.isawaitable(c))
print(inspect.isasyncgenfunction(ag), inspect.isasyncgen(a), inspect.isasyncgenfunction(co))
print(inspect.getcoroutinestate(c))
c.send(None) if False else None
try:
    c.send(None)
except StopIteration:
    pass
print(inspect.getcoroutinestate(c))
print(isinstance(c, cabc.Coroutine), isinstance(c, cabc.Awaitable), isinstance(a, cabc.AsyncGenerator), isinstance(a, cabc.AsyncIterator))
print(isinstance(gen(), cabc.Generator), isinstance(gen(), cabc.Awaitable))
print(co.__code__.co_flags & 0x80 != 0, ag.__code__.co_flags & 0x200 != 0)
print(type(a).__name__, a.ag_code.co_name, a.ag_frame is not None, a.ag_await)
print(type(c.__await__()).__name__)
import types
c2 = co()
print(types.CoroutineType is type(c2), types.AsyncGeneratorType is type(a))
c2.close()
x = co()
x.close()
print(inspect.getcoroutinestate(x))
lam = lambda: co()
print(inspect.iscoroutinefunction(lam), inspect.markcoroutinefunction(lam) is lam, inspect.iscoroutinefunction(lam))
