# generator object attributes and states
import inspect
def gen(n):
    for i in range(n):
        yield i

g = gen(2)
print(type(g).__name__, g.__name__, g.__qualname__, g.gi_code.co_name)
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g), g.gi_frame.f_lineno, g.gi_frame.f_locals)
print(g.gi_suspended, g.gi_running, g.gi_yieldfrom)
list(g)
print(inspect.getgeneratorstate(g), g.gi_frame)
g.__name__ = "renamed"
print(g.__name__, repr(g).startswith("<generator object gen at"))

def running_check():
    yield gr.gi_running
gr = running_check()
print(next(gr))

def self_next():
    yield next(sn)
sn = self_next()
try:
    next(sn)
except ValueError as e:
    print(type(e).__name__, e)

print(inspect.isgeneratorfunction(gen), inspect.isgenerator(g), inspect.isgeneratorfunction(lambda: 1))
print(gen.__code__.co_flags & 0x20 != 0)
print(iter(g) is g, hasattr(g, '__next__'), hasattr(g, 'send'))

def outer():
    yield from inner()
def inner():
    yield 1
o = outer()
next(o)
print(o.gi_yieldfrom.__name__)
gexp = (x for x in range(3))
print(type(gexp).__name__, gexp.__name__, gexp.__qualname__)
print(gen.__name__, type(gen).__name__)
try:
    g.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
