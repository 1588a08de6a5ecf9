# An exception thrown into a chain of yield from / await, or raised by __anext__ in an async for,
# passes through each delegating frame once: CLEANUP_THROW and END_ASYNC_FOR re-raise it without a
# traceback entry of their own.
import sys
import traceback
import types


def depth(tb):
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    return n


@types.coroutine
def suspend():
    yield 1


async def inner():
    await suspend()


async def outer():
    await inner()


c = outer()
c.send(None)
try:
    c.throw(ValueError('thrown'))
except ValueError as e:
    traceback.print_exc(file=sys.stdout)
    print(depth(e.__traceback__))


def gen_leaf():
    yield 1


def gen_mid():
    yield from gen_leaf()


def gen_top():
    try:
        yield from gen_mid()
    except KeyError as e:
        print('caught in gen_top', depth(e.__traceback__))
        raise


g = gen_top()
next(g)
try:
    g.throw(KeyError('k'))
except KeyError as e:
    traceback.print_exc(file=sys.stdout)


class Failing:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise LookupError('from __anext__')


async def loop_over():
    async for x in Failing():
        pass


c = loop_over()
try:
    c.send(None)
except LookupError as e:
    traceback.print_exc(file=sys.stdout)
    print(depth(e.__traceback__))


class Counting:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.i += 1
        if self.i > self.n:
            raise StopAsyncIteration
        return self.i


async def total():
    t = 0
    async for x in Counting(5):
        t += x
    return t


c = total()
try:
    c.send(None)
except StopIteration as e:
    print('total', e.value)
