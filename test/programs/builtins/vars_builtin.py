# vars() with and without arguments, on modules, classes, instances, slotted objects and custom __dict__
import math, types
print(vars(math)["pi"], type(vars(math)).__name__, vars(math) is math.__dict__)
class A:
    x = 1
a = A()
a.y = 2
print(vars(a), sorted(k for k in vars(A) if not k.startswith("__")), type(vars(A)).__name__)
def f():
    local = 1
    return vars()
print(f())
class S:
    __slots__ = ("s",)
try:
    vars(S())
except TypeError as e:
    print(type(e).__name__, e)
class CustomDict:
    @property
    def __dict__(self):
        return {"virtual": True}
print(vars(CustomDict()))
class NotDict:
    __dict__ = 5
try:
    print(vars(NotDict()))
except TypeError as e:
    print(type(e).__name__, e)
ns = types.SimpleNamespace(p=1)
vars(ns)["q"] = 2
print(ns)
print(vars() is globals())
