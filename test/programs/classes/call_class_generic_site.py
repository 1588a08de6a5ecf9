# Calls of classes from sites that stay generic (several classes, *args/**kwargs, keywords):
# object.__new__ plus a Python __init__ enters __init__'s frame; __new__, a generator __init__, one
# returning a value, abstract classes, metaclasses with __call__, bad arguments and deep recursion
# keep type.__call__'s behaviour.
class A:
    def __init__(self, x, y=2, *a, k=3, **kw):
        self.v = (x, y, a, k, kw)
class B(A): pass
class G:
    def __init__(self):
        yield 1
class R:
    def __init__(self):
        return 5
class N:
    def __new__(cls, *a):
        o = object.__new__(cls); o.n = a; return o
    def __init__(self, *a):
        self.i = a
def mk(c, *args, **kw):
    return c(*args, **kw)
def loop():
    out = []
    for i in range(300):
        for c in (A, B):
            out.append(c(i).v)
            out.append(c(i, 5, 6, k=7, z=8).v)
    return out
print(loop()[-2:])
for c, args in [(G, ()), (R, ()), (A, ()), (A, (1,)), (B, (1, 2, 3)), (N, (1, 2))]:
    try:
        o = c(*args)
        print(type(o).__name__, vars(o))
    except TypeError as e:
        print(type(e).__name__, e)
import sys
def rec(n):
    class C:
        def __init__(self, n):
            self.c = rec(n - 1) if n else None
    return C(n)
try:
    rec(5000)
except RecursionError as e:
    print('RecursionError', e)
import abc
class Abs(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
    def __init__(self): pass
try:
    Abs()
except TypeError as e:
    print(e)
class Meta(type):
    def __call__(cls, *a):
        return 'meta'
class M(metaclass=Meta):
    def __init__(self): pass
print(M())
