#### simple-module
x = 1
y = x + 2
print(x, y)
#### function-defaults
def f(a, b=1, *args, c, d=2, **kw):
    return a + b
#### class-super
class C(Base, metaclass=M):
    attr = 1
    def m(self):
        return super().m(self.attr)
    @property
    def p(self):
        return self._p
#### try-except-finally
def f(x):
    try:
        y = g(x)
    except ValueError as e:
        print(e)
    except (TypeError, KeyError):
        pass
    else:
        y = 2
    finally:
        cleanup()
    return y
#### comprehension-inlined
def f(xs):
    return [x * 2 for x in xs if x], {k: v for k, v in xs}, {s for s in xs}
#### genexp-and-lambda
def f(xs):
    g = (x for x in xs)
    h = lambda y: y + 1
    return sum(g), h
#### while-for-break-continue
def f(n):
    i = 0
    while i < n:
        i += 1
        if i == 3:
            continue
        if i > 10:
            break
    else:
        pass
    for j in range(n):
        if j:
            break
    return i
#### with-statements
def f(path):
    with open(path) as fp, lock:
        data = fp.read()
    return data
#### async-code
async def f(x):
    async with x as y:
        await y
    async for i in x:
        print(i)
    return [i async for i in x]
#### generators
def g(n):
    yield n
    x = yield from range(n)
    return x
#### closures-and-cells
def outer(a):
    b = 2
    def inner(c):
        nonlocal b
        b += c
        return a + b
    return inner
#### global-statement
counter = 0
def inc():
    global counter
    counter += 1
#### constant-folding
a = 1 + 2 * 3
b = (1, 2, (3, 4))
c = -5
d = 'ab' * 3
e = not True
f = 2 ** 10
g = [1, 2, 3]
h = x in [1, 2, 3]
i = {1, 2, 3}
j = (1, 'a', None, 2.5)[1:3]
k = 10 // 3, 10 % 3, -7 // 2
l = 1.5 + 2
#### fstrings
def f(name, width):
    return f'{name!r:>{width}} and {name=}' + f'{3.14:.2f}'
#### percent-format
def f(a, b):
    return '%s and %r, %5s' % (a, b, a)
#### chained-compare
def f(a, b, c):
    if a < b < c:
        return 1
    return a == b != c
#### boolean-ops
def f(a, b, c):
    x = a and b or c
    if not (a or b) and c:
        return x
    return None
#### match-statement
def f(cmd):
    match cmd:
        case [x, y, *rest]:
            return x
        case {'k': v, **kw}:
            return v
        case Point(x=0, y=yy) as p:
            return p
        case 1 | 2 | 3:
            return 'small'
        case str() if cmd:
            return 'str'
        case _:
            return None
#### type-params
def f[T](x: T) -> T:
    return x
class C[T: int = int]:
    pass
type A[K] = dict[K, int]
#### annotations-deferred
x: int = 1
y: str
class C:
    a: int
    def m(self, b: float) -> None:
        c: int = 2
#### imports
import os, a.b.c as d
from . import x
from .mod import y as z
from os.path import *
#### star-unpacking
def f(a, *b, **c):
    x, *y = a
    g(*b, **c)
    h(1, *b, k=2, **c)
    return [*a, *b], {**c, 'k': 1}
#### del-and-aug-assign
def f(d, k):
    d[k] += 1
    d.attr -= 2
    d[1:2] *= 3
    del d[k], d.attr
#### assert-and-raise
def f(x):
    assert x, 'msg'
    assert x > 0
    raise ValueError('bad') from None
#### conditional-expr
def f(x):
    return 1 if x else 2
#### try-star
def f():
    try:
        g()
    except* ValueError as e:
        print(e)
    except* TypeError:
        pass
#### nested-functions-qualname
def outer():
    class Inner:
        def method(self):
            def deep():
                return 1
            return deep
    return Inner
#### docstrings
"""Module docstring."""
def f():
    """Function docstring.

       Indented line.
    """
    return 1
class C:
    """Class doc."""
#### slices
def f(a):
    return a[1:2], a[::2], a[x:y], a[1:2:3], a[:]
#### walrus
def f(data):
    if (n := len(data)) > 10:
        return n
    return [y for x in data if (y := x * 2)]
#### long-function
def f(a):
    x = a
    x = x + 1; x = x + 2; x = x + 3; x = x + 4; x = x + 5; x = x + 6; x = x + 7; x = x + 8
    x = x + 1; x = x + 2; x = x + 3; x = x + 4; x = x + 5; x = x + 6; x = x + 7; x = x + 8
    x = x + 1; x = x + 2; x = x + 3; x = x + 4; x = x + 5; x = x + 6; x = x + 7; x = x + 8
    x = x + 1; x = x + 2; x = x + 3; x = x + 4; x = x + 5; x = x + 6; x = x + 7; x = x + 8
    for i in range(10):
        x = x + 1; x = x + 2; x = x + 3; x = x + 4; x = x + 5; x = x + 6; x = x + 7; x = x + 8
        x = x + 1; x = x + 2; x = x + 3; x = x + 4; x = x + 5; x = x + 6; x = x + 7; x = x + 8
        x = x + 1; x = x + 2; x = x + 3; x = x + 4; x = x + 5; x = x + 6; x = x + 7; x = x + 8
        x = x + 1; x = x + 2; x = x + 3; x = x + 4; x = x + 5; x = x + 6; x = x + 7; x = x + 8
    return x
#### many-locals
def f():
    a0=a1=a2=a3=a4=a5=a6=a7=a8=a9=b0=b1=b2=b3=b4=b5=b6=b7=b8=b9=c0=c1=c2=c3=c4=c5=c6=c7=c8=c9=0
    d0=d1=d2=d3=d4=d5=d6=d7=d8=d9=e0=e1=e2=e3=e4=e5=e6=e7=e8=e9=f0=f1=f2=f3=f4=f5=f6=f7=f8=f9=0
    g0=g1=g2=g3=g4=g5=g6=g7=g8=g9=0
    if a0:
        del g9
    return g9 + a0 + f9
#### is-none-checks
def f(x):
    if x is None:
        return 1
    if x is not None:
        return 2
    return x is None
#### all-any-genexp
def f(xs):
    return all(x > 0 for x in xs), any(x for x in xs), tuple(x for x in xs)
#### class-with-static-attributes
class C:
    def __init__(self):
        self.a = 1
        self.b, self.c = 2, 3
    def m(self):
        self.d = 4
#### future-annotations
from __future__ import annotations
x: list[int] = []
def f(a: int, *b: str, c: dict[str, int] = None) -> Callable[[int], str]: ...
#### big-collections
x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32]
y = {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6, 'g': 7, 'h': 8, 'i': 9, 'j': 10, 'k': 11, 'l': 12, 'm': 13, 'n': 14, 'o': 15, 'p': 16, 'q': 17}
z = f(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z, aa, bb, cc, dd, ee, ff)
#### return-in-finally-loop
def f():
    for x in y:
        try:
            return x
        finally:
            print(x)
#### with-return
def f(m):
    with m:
        return 1
#### nested-try
def f():
    try:
        try:
            a()
        except E:
            b()
        finally:
            c()
    except:
        d()
#### interactive-like-expr-statements
1
'string'
x
x.y
#### global-comprehension-in-class
class C:
    x = [i for i in range(3)]
    y = [i + x[0] for i in range(3)]
#### extended-arg-jumps
def f(x):
    if x:
        pass
    else:
        y = (1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40)
        a=b=c=d=e=g=h=i=j=k=l=m=n=o=p=q=r=s=t=u=v=w=z=aa=bb=cc=dd=ee=ff=gg=hh=ii=jj=kk=ll=mm=nn=oo=pp=qq=rr=ss=tt=uu=vv=ww=xx=yy=zz=1
        a=b=c=d=e=g=h=i=j=k=l=m=n=o=p=q=r=s=t=u=v=w=z=aa=bb=cc=dd=ee=ff=gg=hh=ii=jj=kk=ll=mm=nn=oo=pp=qq=rr=ss=tt=uu=vv=ww=xx=yy=zz=2
    return x
