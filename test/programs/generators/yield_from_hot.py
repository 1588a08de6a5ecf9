# `yield from` and `await` run many times (so that the second tier compiles them): values sent down a
# chain, returns, exceptions raised and caught at several depths, throw() and close() through the
# chain, delegation to a generator that is running or new, a chain deeper than the tier's direct
# calls, and a traceback through a compiled chain.
import sys
import traceback
import types


def leaf(n):
    total = 0
    for i in range(n):
        got = yield i
        if got is not None:
            total += got
    return total


def middle(n):
    r = yield from leaf(n)
    return r * 2


def top(rounds):
    results = []
    for k in range(rounds):
        results.append((yield from middle(k % 4)))
    return results


g = top(3000)
out = []
v = None
try:
    while True:
        x = g.send(v)
        v = x + 1
        out.append(x)
except StopIteration as e:
    print(len(out), sum(out), sum(e.value), e.value[:8])


def raising_leaf(i):
    yield i
    if i % 3 == 0:
        raise ValueError(i)
    return i


def catcher(n):
    caught = 0
    got = 0
    for i in range(n):
        try:
            got += yield from raising_leaf(i)
        except ValueError as e:
            caught += e.args[0]
    return caught, got


g = catcher(3000)
count = 0
try:
    while True:
        next(g)
        count += 1
except StopIteration as e:
    print('catcher', count, e.value)


def guarded():
    try:
        while True:
            try:
                yield 1
            except KeyError as e:
                yield ('handled', e.args[0])
    finally:
        print('guarded finally')


def outer_guard():
    r = yield from guarded()
    return r


g = outer_guard()
next(g)
acc = []
for i in range(2000):
    r = g.throw(KeyError(i))
    if i % 500 == 0:
        acc.append(r)
    next(g)
print(acc)
g.close()
print(g.gi_frame)


# StopIteration raised inside a delegated generator becomes RuntimeError.
def stopper():
    yield 1
    raise StopIteration('inner')


def delegate_stopper():
    yield from stopper()


errors = 0
for i in range(1500):
    d = delegate_stopper()
    next(d)
    try:
        next(d)
    except RuntimeError as e:
        errors += 1
        last = (str(e), repr(e.__cause__))
print(errors, last)


# Sending a non-None value to a just-started generator through yield from.
def fresh():
    return (yield 5)


def send_into_fresh():
    inner = fresh()
    try:
        inner.send(1)
    except TypeError as e:
        yield str(e)
    r = yield from inner
    yield ('returned', r)


for i in range(600):
    s = send_into_fresh()
    a = next(s)
    b = next(s)
    c = s.send('x')
print(a, b, c)


# A generator delegating to itself while running.
def self_ref():
    yield from me


for i in range(600):
    me = self_ref()
    try:
        next(me)
    except ValueError as e:
        msg = str(e)
print(msg)


# A chain deeper than the second tier calls directly.
def chain(depth):
    if depth == 0:
        x = yield 'bottom'
        return x
    r = yield from chain(depth - 1)
    return r + 1


for i in range(300):
    c = chain(60)
    assert next(c) == 'bottom'
    try:
        c.send(0)
    except StopIteration as e:
        deep = e.value
print('deep', deep)


# A recursion limit reached through yield from.
def bottomless(n):
    yield from bottomless(n + 1)


sys.setrecursionlimit(300)
try:
    next(bottomless(0))
except RecursionError as e:
    print('RecursionError', e)
sys.setrecursionlimit(1000)


# Coroutines driven by hand, through a types.coroutine generator.
@types.coroutine
def suspend(v):
    got = yield v
    return got


async def add(a):
    b = await suspend(a)
    return a + b


async def summer(n):
    t = 0
    for i in range(n):
        t += await add(i)
    return t


c = summer(4000)
v = None
steps = 0
try:
    while True:
        y = c.send(v)
        v = y * 10
        steps += 1
except StopIteration as e:
    print('coroutine', steps, e.value)


async def failing(i):
    await suspend(i)
    raise KeyError(i)


async def recover(n):
    bad = 0
    for i in range(n):
        try:
            await failing(i)
        except KeyError:
            bad += 1
    return bad


c = recover(2000)
try:
    while True:
        c.send(None)
except StopIteration as e:
    print('recover', e.value)


# A traceback through a compiled chain.
def inner_fail(i):
    yield i
    if i == 1999:
        1 / 0


def mid_fail(i):
    yield from inner_fail(i)


def top_fail(n):
    for i in range(n):
        yield from mid_fail(i)


g = top_fail(2000)
try:
    for _ in g:
        pass
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
