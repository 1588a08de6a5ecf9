# bound methods, builtin methods, method equality and hashing, __func__/__self__, types.MethodType
import types
class A:
    def m(self, x):
        return (self.tag, x)
    def __init__(self, tag):
        self.tag = tag
    def __eq__(self, o):
        return isinstance(o, A) and self.tag == o.tag
    __hash__ = object.__hash__
a1, a2 = A("one"), A("one")
bm = a1.m
print(bm(1), bm.__self__ is a1, bm.__func__ is A.m, bm.__name__, bm.__qualname__, type(bm).__name__, bm.__doc__)
print(a1.m == a1.m, a1.m == a2.m, a1.m is a1.m, hash(a1.m) == hash(a1.m), repr(bm).startswith("<bound method A.m of"))
mt = types.MethodType(lambda self, y: (self, y), "bound-to-str")
print(mt(5), mt.__self__)
bi = [].append
print(type(bi).__name__, bi.__self__, bi.__name__, bi.__qualname__, repr(bi).startswith("<built-in method append of list object"))
print("abc".upper.__self__, "abc".upper(), str.upper("abc"), type(str.upper).__name__, type("a".upper).__name__)
print(len.__self__, len.__name__, len.__qualname__, len.__module__, repr(len), type(len).__name__)
print(int.from_bytes.__self__ is int, dict.fromkeys.__self__ is dict, repr(dict.fromkeys)[:40])
try:
    bm.__self__ = None
except AttributeError as e:
    print(type(e).__name__, e)
bm.__func__.attr_on_func = "visible through method"
print(bm.attr_on_func)
try:
    bm.new_attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
import weakref
class W:
    def m(self):
        return "w"
w = W()
wm = weakref.WeakMethod(w.m)
print(wm()(), wm() == w.m)
