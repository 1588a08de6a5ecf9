# throw() into a chain of awaits / yield from: the delegating frames are on the stack meanwhile
# (CPython's _gen_throw links them), so stack traces there are complete.
import traceback, types
async def a():
    return await b()
async def b():
    return await c()
@types.coroutine
def c():
    try:
        yield [f.name for f in traceback.extract_stack()][-4:]
    except ZeroDivisionError:
        yield [f.name for f in traceback.extract_stack()][-4:]
coro = a()
print(coro.send(None))
print(coro.throw(ZeroDivisionError))
def g1():
    yield from g2()
def g2():
    try:
        yield 1
    except KeyError:
        traceback.print_stack(limit=3)
        yield 2
g = g1(); next(g)
import sys
sys.stderr = sys.stdout
print(g.throw(KeyError))
