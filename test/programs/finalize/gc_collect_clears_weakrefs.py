# gc.collect() clears weak references to objects no longer reachable (plain garbage, cycles through
# dicts, sets, iterators, exception state), calls the callbacks of the surviving weakrefs, and
# drops collected classes from __subclasses__(); reachable referents and their weakrefs stay.
import gc, sys, weakref

class C:
    pass

def show(label, r):
    print(label, 'dead' if r() is None else 'alive')

c = C()
r = weakref.ref(c)
del c
gc.collect()
show('plain', r)

keep = C()
rk = weakref.ref(keep)
gc.collect()
show('kept', rk)

# A cycle through a set iterator.
obj = C()
r = weakref.ref(obj)
container = {obj, 1}
obj.x = iter(container)
del obj, container
gc.collect()
show('set iterator cycle', r)

# A cycle through a dict iterator.
obj = C()
r = weakref.ref(obj)
container = {1: obj}
obj.x = iter(container.values())
del obj, container
gc.collect()
show('dict iterator cycle', r)

# A dict subclass whose __dict__ is itself.
class X(dict):
    def __init__(self):
        dict.__init__(self)
        self.__dict__ = self
x = X()
x.attr = 42
r = weakref.ref(x)
del x
gc.collect()
show('self dict', r)

# Callbacks run for weakrefs that survive their referent.
log = []
a = C()
ra = weakref.ref(a, lambda w: log.append(('cb', w is ra)))
del a
gc.collect()
print(log)

# An exception handled and left: the objects it referenced go.
class MyExc(Exception):
    def __init__(self, obj):
        self.obj = obj

def raiser(o):
    local = o
    raise MyExc(o)

o = C()
r = weakref.ref(o)
try:
    raiser(o)
except MyExc as e:
    pass
o = None
gc.collect()
show('after except', r)
print(sys.exception())

# A generator that caught an exception and was closed.
def gen(o):
    try:
        raise MyExc(o)
    except MyExc:
        yield 1

o = C()
r = weakref.ref(o)
g = gen(o)
next(g)
g.close()
del g
o = None
gc.collect()
show('closed generator', r)

# WeakValueDictionary entries go with their values.
d = weakref.WeakValueDictionary()
k = C()
d['a'] = k
d['b'] = C()
gc.collect()
print(sorted(d.keys()))

# Collected classes leave __subclasses__().
class Parent:
    pass
class Child(Parent):
    pass
print([t.__name__ for t in Parent.__subclasses__()])
del Child
gc.collect()
print([t.__name__ for t in Parent.__subclasses__()])
print(len(int.__subclasses__()) > 0)
