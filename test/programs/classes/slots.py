# __slots__: attributes, no __dict__, inheritance, descriptors on the class, errors
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x

p = P(1)
print(p.x, hasattr(p, '__dict__'), hasattr(p, 'y'))
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 2
print(p.y)
del p.y
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(type(P.x).__name__, P.x.__name__, P.__slots__)

class Q(P):
    pass
q = Q(5)
q.extra = "subclass without slots gets a dict"
print(q.extra, q.__dict__)

class R(P):
    __slots__ = ('z',)
r = R(1)
r.z = 3
print(r.x, r.z, hasattr(r, '__dict__'))

class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)

class Single:
    __slots__ = 'only'
s = Single()
s.only = 'one'
print(s.only, Single.__slots__)

try:
    class Conflict:
        __slots__ = ('v',)
        v = 1
except ValueError as e:
    print(type(e).__name__, e)

try:
    class BadSlot:
        __slots__ = (1,)
except TypeError as e:
    print(type(e).__name__, e)

try:
    class BadName:
        __slots__ = ('not valid',)
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Twice:
        __slots__ = ('__dict__', '__dict__')
except TypeError as e:
    print(type(e).__name__, e)

class WithWeak:
    __slots__ = ('__weakref__',)
print('__weakref__' in WithWeak.__dict__)

class DictSlots:
    __slots__ = {'a': 'doc for a', 'b': 'doc for b'}
print(DictSlots.a.__doc__, DictSlots.b.__doc__)

class Mangled:
    __slots__ = ('__private',)
    def set(self, v):
        self.__private = v
        return self.__private
m = Mangled()
print(m.set(9), sorted(k for k in Mangled.__dict__ if 'private' in k))
try:
    class IntSub(int):
        __slots__ = ('a',)
except TypeError as e:
    print(type(e).__name__, e)
class TupSub(tuple):
    __slots__ = ()
print(TupSub((1, 2)), hasattr(TupSub((1,)), '__dict__'))
