# __slots__ across inheritance: duplicated slots, empty slots, dict in subclass, weakref slot, class attribute shadowing
import weakref
class A:
    __slots__ = ("a",)
class B(A):
    __slots__ = ("b",)
class C(B):
    __slots__ = ()
c = C()
c.a, c.b = 1, 2
print(c.a, c.b, hasattr(c, "__dict__"), C.__slots__, [k for k in ("a", "b") if k in C.__dict__])
try:
    c.other = 3
except AttributeError as e:
    print(type(e).__name__, e)
class D(B):
    pass
d = D()
d.anything = "ok"
print(d.__dict__)
class Dup(A):
    __slots__ = ("a", "extra")
dd = Dup()
dd.a = "shadowing slot"
print(dd.a, Dup.a is not A.a)
class Weak:
    __slots__ = ("__weakref__", "v")
w = Weak()
r = weakref.ref(w)
print(r() is w)
class NoWeak:
    __slots__ = ("v",)
try:
    weakref.ref(NoWeak())
except TypeError as e:
    print(type(e).__name__, e)
class WithDefault:
    __slots__ = ("x",)
    def __init__(self):
        pass
wd = WithDefault()
print(hasattr(wd, "x"), getattr(wd, "x", "unset"))
class M1:
    __slots__ = ("p",)
class M2:
    __slots__ = ("q",)
try:
    class Both(M1, M2):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class E1:
    __slots__ = ()
class E2:
    __slots__ = ()
class BothEmpty(E1, E2):
    __slots__ = ("z",)
be = BothEmpty()
be.z = 1
print(be.z, BothEmpty.__mro__[1].__name__)
print(type(A.__dict__["a"]).__name__, A.a.__get__(c), sorted(n for n in dir(C) if not n.startswith("_")))
