# Weak references to generators, coroutines, bound methods, builtin functions and memoryviews;
# builtin exceptions have none (a Python subclass adds __weakref__).
import weakref, gc
class E(Exception): pass
class F(E): pass
class G(Exception):
    __slots__ = ()
e = E()
r = weakref.ref(e)
print(r() is e, '__weakref__' in E.__dict__, '__weakref__' in F.__dict__, hasattr(G(), '__weakref__'))
print(E.__weakrefoffset__ != 0, Exception.__weakrefoffset__, E.__flags__ == F.__flags__)
def gen(): yield 1
g = gen()
wr = weakref.ref(g)
print(wr() is g)
p = weakref.proxy(g)
print(list(p))
del g, p
gc.collect()
print(wr())
class C:
    def m(self): pass
c = C()
m = c.m
w = weakref.ref(m)
print(w() is m)
print(weakref.ref(len)() is len)
mv = memoryview(b'ab')
print(weakref.ref(mv)() is mv)
try:
    weakref.ref(ValueError())
except TypeError as e:
    print(e)
