#### module-basics
import os, a.b.c as d
from x import y as z, w
x = 1
def f(a, b=2, *args, c, d=4, **kw):
    return a + b + x
class C:
    y = 2
    def m(self):
        return y
del x
#### global-nonlocal
g = 0
def outer():
    v = 1
    def inner():
        nonlocal v
        global g
        v += 1
        g = v
    return inner
#### cells-and-free
def f(a):
    b = 1
    def g():
        def h():
            return a + b
        return h
    return g
#### class-closure-super
class A:
    def m(self):
        return super().m()
    def n(self):
        return __class__
#### classdict-annotations
class C:
    x: int = 1
    y: list[int]
    def f(self) -> int: ...
#### conditional-annotations
import sys
a: int
if sys:
    b: str = 'x'
class K:
    if sys:
        c: float
    d: bytes
#### comprehensions-in-function
def f(xs):
    ys = [x * 2 for x in xs if x]
    s = {x for x in xs}
    d = {k: v for k, v in xs}
    g = (x for x in xs)
    return ys, s, d, g
#### comprehensions-in-module
xs = [1, 2]
ys = [x for x in xs]
zs = [[y for y in x] for x in xs]
#### comprehensions-in-class
class C:
    xs = [1, 2]
    ys = [x for x in xs]
    zs = [x + n for x in range(3) for n in xs]
#### comprehension-cell
def f():
    return [lambda: x for x in range(3)]
#### comprehension-outer-cell
def f(y):
    return [lambda: x + y for x in range(3)]
#### walrus-in-comprehension
def f(xs):
    if any((last := x) > 3 for x in xs):
        return last
    [(z := i) for i in xs]
    return z
#### walrus-module-comprehension
[(m := i) for i in range(3)]
#### lambdas
f = lambda a, *b, c=1, **d: (a, b, c, d)
g = lambda: (lambda: f)
#### generators-and-async
def gen():
    yield 1
    x = yield from range(3)
async def co():
    await co()
    async for i in co():
        pass
    async with co() as c:
        pass
    return [i async for i in co()]
async def agen():
    yield 1
#### generic-function
def f[T, *Ts, **P](x: T, *a: *Ts) -> T:
    return x
#### generic-function-bounds-defaults
def f[T: int, U: (str, bytes) = str, V = int](a: T = 1, *, b: U = 2) -> V:
    pass
#### generic-class
class C[T, U = int](Base[T], metaclass=M):
    x: T
    def m(self) -> U:
        return super().m()
#### generic-class-mangling
class C[__T]:
    def m(self, a: __T): return self.__x
#### type-alias
type A = int
type B[T] = list[T]
class C:
    type D = dict[str, C]
    type E[K: str = str] = dict[K, E]
#### method-in-generic-class-scope
class Outer:
    def f[T](self, x: T) -> T: ...
    class Inner[U]:
        pass
#### future-annotations
from __future__ import annotations
x: int = 1
def f(a: SomeType) -> Other: ...
class C:
    y: Foo
#### import-star
from os.path import *
#### try-except-names
try:
    pass
except E as e:
    del e
try:
    pass
except* F as f:
    pass
#### match-names
match x:
    case [a, *rest]:
        pass
    case {'k': v, **kw}:
        pass
    case Point(x=px, y=py) as p:
        pass
    case 1 | 2 | _:
        pass
#### nested-function-class
def f():
    x = 1
    class C:
        x = 2
        def m(self):
            return x
    return C
#### class-free-same-as-local
def f():
    y = 1
    class C:
        y = 2
        def g(self):
            return y
        z = y
#### with-and-for
def f(ctx, xs):
    with ctx as (a, b), ctx:
        for i, j in xs:
            k = i
    else_ = 1
#### nonlocal-chain
def a():
    x = 1
    def b():
        def c():
            nonlocal x
            x = 2
        return c
    return b
#### global-in-class
class C:
    global G
    G = 1
    def m(self):
        return G
#### genexp-in-class
class C:
    xs = [1]
    g = (x for x in xs)
    h = (y for y in range(3) if y in xs)
#### lambda-default-closure
def f(a):
    return lambda b=a: b + a
#### annotations-in-function-body
def f():
    x: int = 1
    y: Undefined
    return x
#### docstrings
"""module doc"""
def f():
    """func doc"""
class C:
    """class doc"""
#### super-in-nested
class C:
    def m(self):
        def inner():
            return super()
        return [super() for _ in ()]
#### comprehension-in-lambda-in-class
class C:
    a = 1
    f = lambda self: [a for _ in range(2)]
#### type-param-classdict
class C:
    X = int
    def f[T: X](self): pass
    type A[U: X] = U
#### dunder-debug-use
if __debug__:
    pass
#### deep-comprehension
def f(m):
    return {i: [j for j in range(i) if all(k for k in m)] for i in m}
