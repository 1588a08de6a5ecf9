# Generator details: names taken from the function when called, throw() of a class whose __new__
# returns something else, the context of an exception thrown through yield from, f_back of a
# suspended generator's frame, gi_running while closing a delegate, a delegate whose close lookup
# fails, and the traceback an unraisable error gets from the running frame.
import sys


def func():
    yield 1


func.__name__ = 'renamed'
func.__qualname__ = 'Q.renamed'
g = func()
print(g.__name__, g.__qualname__, func.__code__.co_name)


class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls


def boring():
    yield


g = boring()
try:
    g.throw(E)
except TypeError as e:
    print('TypeError:', str(e).replace(__name__, 'M'))


def catching():
    try:
        yield
    except TypeError as e:
        print('caught inside:', type(e).__name__)
        yield 'after'


g = catching()
next(g)
print(g.throw(E))


def inner():
    yield


def outer():
    try:
        raise KeyError('a')
    except Exception:
        yield from inner()


g = outer()
g.send(None)
try:
    g.throw(ValueError)
except ValueError as e:
    print('context:', repr(e.__context__))


def one():
    yield


g = one()
frame = g.gi_frame
print(frame.f_back)
next(g)
print(frame.f_back)
next(g, None)
# (frame.f_back is None now in CPython 3.14.7, which unlinks a finished generator's frame; 3.14.2,
# the oracle, still showed the frame that finished it.)
print(g.gi_frame)


class Closer:
    def __iter__(self):
        return self

    def __next__(self):
        return 1

    def close(self):
        print('delegator running while closing:', d.gi_running)


def delegator():
    yield from Closer()


d = delegator()
next(d)
d.close()
print(d.gi_running)


class Broken:
    def __iter__(self):
        return self

    def __next__(self):
        return 1

    def __getattr__(self, attr):
        1 / 0


def uses_broken():
    yield from Broken()


def hook(u):
    print('unraisable:', u.exc_type.__name__, u.err_msg.split(' <')[0], u.exc_traceback is not None)


sys.unraisablehook = hook
gi = uses_broken()
next(gi)
gi.close()


def ignores():
    try:
        yield 1
    finally:
        yield 2


gi = ignores()
next(gi)
del gi
sys.unraisablehook = sys.__unraisablehook__
print('done')
