# gc.collect() keeps what the interpreter holds outside any Python container: the profile
# function, sys.monitoring callbacks, context variable values, atexit callbacks, codec search functions.
import sys, gc, weakref
class T:
    def __call__(self, *a): return None
t = T()
r = weakref.ref(t)
sys.setprofile(t)
del t
gc.collect()
print(r() is not None)
sys.setprofile(None)
class M:
    def __call__(self, *a): return None
m = M()
rm = weakref.ref(m)
sys.monitoring.use_tool_id(3, 'x')
sys.monitoring.register_callback(3, sys.monitoring.events.PY_START, m)
del m
gc.collect()
print(rm() is not None)
sys.monitoring.register_callback(3, sys.monitoring.events.PY_START, None)
sys.monitoring.free_tool_id(3)
import contextvars
cv = contextvars.ContextVar('cv')
class V: pass
v = V()
rv = weakref.ref(v)
cv.set(v)
del v
gc.collect()
print(rv() is not None)
import atexit, codecs
class A:
    def __call__(self): pass
a = A()
ra = weakref.ref(a)
atexit.register(a)
del a
gc.collect()
print(ra() is not None)
atexit.unregister(ra())
class S:
    def __call__(self, name): return None
s = S()
rs = weakref.ref(s)
codecs.register(s)
del s
gc.collect()
print(rs() is not None)
