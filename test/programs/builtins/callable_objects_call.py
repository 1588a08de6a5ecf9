# calling objects: __call__, bound/unbound calls, partial, class instantiation through type.__call__
import functools
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *more, scale=1):
        return (x + self.n + sum(more)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), Adder.__call__(add5, 0))
p = functools.partial(add5, 10, scale=2)
print(p(), p(1), p(scale=3), p.func is add5, p.args, p.keywords, repr(p).startswith("functools.partial(<__main__.Adder object"))
pp = functools.partial(p, 100)
print(pp(), pp.args)
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)
try:
    add5(1, bogus=2)
except TypeError as e:
    print(type(e).__name__, e)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
class CallViaGetattr:
    def __getattr__(self, name):
        return lambda *a: "getattr call"
try:
    CallViaGetattr()()
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __call__(cls, *a, **k):
        return ("intercepted", a, k)
class M(metaclass=Meta):
    pass
print(M(1, k=2), type.__call__(M) if False else "skip")
print(type(int).__call__(int, "12"), int.__call__("7") if hasattr(int, "__call__") else "")
f = lambda *a, **k: (a, k)
print(f(*[1, 2], *(3,), **{"x": 1}, y=2))
print(functools.partial(int, base=2)("101"), functools.partial(max, key=len)("a", "ccc", "bb"))
p2 = functools.partial(print, "partial print:", sep="_")
p2(1, 2)
