# OrderedDict (native) subclasses: __init__/update/|/copy/setdefault/fromkeys go through the
# mapping protocol (overridden __setitem__, __getitem__, __contains__, keys), instance __dict__,
# __slots__, and dicts/mappings given to update.
from collections import OrderedDict

log = []

class Logged(OrderedDict):
    def __setitem__(self, k, v):
        log.append(('set', k, v))
        super().__setitem__(k, v)
    def __getitem__(self, k):
        log.append(('get', k))
        return super().__getitem__(k)
    def __contains__(self, k):
        log.append(('contains', k))
        return super().__contains__(k)
    def keys(self):
        log.append(('keys',))
        return super().keys()

def step(label, f):
    log.clear()
    try:
        r = f()
    except Exception as e:
        r = f'{type(e).__name__}: {e}'
    print(label, r, log)

d = step('init', lambda: Logged([('a', 1)], b=2))
l = Logged(a=1, b=2)
step('update dict', lambda: l.update({'c': 3}))
step('update mapping', lambda: l.update(Logged(d=4)))
step('update pairs', lambda: l.update([('e', 5)], f=6))
step('setdefault', lambda: l.setdefault('a', 9))
step('setdefault new', lambda: l.setdefault('z', 9))
step('copy', lambda: l.copy())
step('or', lambda: l | {'x': 1})
step('ror', lambda: {'x': 1} | l)
step('ior', lambda: l.__ior__({'y': 2}))
step('fromkeys', lambda: Logged.fromkeys('pq', 0))
step('repr', lambda: repr(Logged(a=1)))
step('get', lambda: l.get('a'))
step('pop', lambda: l.pop('a'))
step('popitem', lambda: l.popitem())
step('eq', lambda: l == Logged(l))
step('dict()', lambda: dict(Logged(a=1)))
step('reduce', lambda: Logged(a=1).__reduce__()[:4])

class WithItems:
    def items(self):
        return [('i1', 1), ('i2', 2)]
class WithKeys:
    def keys(self):
        return ['k1', 'k2']
    def __getitem__(self, k):
        return k.upper()
print(OrderedDict(WithItems()), OrderedDict(WithKeys()), OrderedDict(iter([('g', 1)])))
o = OrderedDict()
o.update(WithKeys(), z=1)
print(o)

class Attr(OrderedDict):
    pass
a = Attr(x=1)
a.foo = 'bar'
print(a.__dict__, vars(a), a)
plain = OrderedDict()
plain.attr = 1
print(plain.__dict__)
plain.__dict__ = {'q': 2}
print(plain.q)
try:
    del plain.__dict__
except TypeError as e:
    print('TypeError', e)
import weakref
w = weakref.ref(plain)
print(w() is plain)

class Slotted(OrderedDict):
    __slots__ = ('s',)
sl = Slotted(b=1, a=2)
sl.s = 3
sl.move_to_end('b')
print(sl, sl.s, list(sl), sl.copy())

class Missing(OrderedDict):
    def __missing__(self, k):
        return 'missing-' + str(k)
m = Missing(a=1)
print(m['zz'], m.get('zz'), m.pop('zz', 'dflt'), m.setdefault('a'))

# Class namespaces: __prepare__ returning an OrderedDict.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return OrderedDict()
    def __new__(mcls, name, bases, ns):
        print(type(ns).__name__, [k for k in ns if not k.startswith('__')])
        return super().__new__(mcls, name, bases, dict(ns))
class C(metaclass=Meta):
    z = 1
    a = 2
    def m(self): pass
