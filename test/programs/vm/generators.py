def countdown(n):
    while n > 0:
        got = yield n
        if got:
            n -= got
        n -= 1
    return "done"

g = countdown(10)
print(next(g), g.send(2), next(g))
print(list(g))

def delegator():
    r = yield from countdown(3)
    print("returned", r)
    yield "after"
print(list(delegator()))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
f = fib()
print([next(f) for _ in range(10)])

gen_exp = (x * x for x in range(5) if x % 2)
print(gen_exp.__class__.__name__, list(gen_exp), list(gen_exp))

def thrower():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e}"
t = thrower()
print(next(t), t.throw(ValueError("boom")))

def stop_inside():
    yield 1
    raise StopIteration
try:
    list(stop_inside())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

async def coro(x):
    return x + 1
c = coro(1)
try:
    c.send(None)
except StopIteration as e:
    print("coroutine result", e.value)

class Awaitable:
    def __await__(self):
        yield "suspended"
        return 42
async def waiter():
    v = await Awaitable()
    return v * 2
w = waiter()
print(w.send(None))
try:
    w.send(None)
except StopIteration as e:
    print("final", e.value)

def genlocals():
    x = yield
    print("got", x)
    yield x
gl = genlocals()
next(gl)
print(gl.send(99))
