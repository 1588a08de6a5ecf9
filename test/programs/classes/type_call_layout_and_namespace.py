# type(name, bases, ns) and class statements: the base that decides the instance layout (__base__) is
# the one whose layout is most derived (int over a plain class, wherever it is listed), bases whose
# layouts differ conflict; the namespace is copied in the mapping's own order (an OrderedDict's
# move_to_end counts); setting __module__ drops __firstlineno__.
import collections


class B:
    def ham(self):
        return 'ham%d' % self


C = type('C', (B, int), {'spam': lambda self: 'spam%s' % self})
x = C(42)
print(C.__base__.__name__, [k.__name__ for k in C.__mro__], x, x.ham(), x.spam(), x + 1)


class D(B, int):
    pass


print(D.__base__.__name__, D(5) * 2)


class S(str):
    pass


class T(B, S):
    pass


print(T.__base__.__name__, T('ab') + 'c')

for bases in [(int, str), (list, dict), (OSError, AttributeError), (int, float), (B, int, str), (tuple, list),
              (Exception, ValueError), (dict, collections.OrderedDict)]:
    try:
        k = type('X', bases, {})
        print('ok', [b.__name__ for b in bases], k.__base__.__name__)
    except TypeError as e:
        print([b.__name__ for b in bases], 'TypeError:', e)


class Slotted:
    __slots__ = ('a',)


class Mixed(B, Slotted):
    pass


print(Mixed.__base__.__name__)
try:
    class Two(Slotted, type('Other', (), {'__slots__': ('b',)})):
        pass
except TypeError as e:
    print('TypeError:', e)

od = collections.OrderedDict([('a', 1), ('b', 2), ('c', 3)])
od.move_to_end('a')
od.move_to_end('b', last=False)
N = type('N', (), od)
print([k for k in N.__dict__ if not k.startswith('__')])


class MyDict(dict):
    def keys(self):
        return ['second', 'first']


N2 = type('N2', (), MyDict(first=1, second=2))
print([k for k in N2.__dict__ if not k.startswith('__')])

A = type('A', (), {'__firstlineno__': 42})
print(A.__dict__['__firstlineno__'], A.__module__)
A.__module__ = 'elsewhere'
print('__firstlineno__' in A.__dict__, A.__module__)
A.__firstlineno__ = 43
print(A.__dict__['__firstlineno__'])
