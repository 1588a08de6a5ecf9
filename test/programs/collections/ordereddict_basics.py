# OrderedDict (native): order, move_to_end, popitem, pop, setdefault, fromkeys, copy, clear,
# equality (order-sensitive only between OrderedDicts), |, |=, repr (with recursion), views and
# their types, reversed iteration, and the dict storage's own order (dict.keys(od)).
from collections import OrderedDict

od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
od['d'] = 4
od['a'] = 10
print(od, list(od), list(od.values()), list(od.items()))
od.move_to_end('a')
print(list(od), list(dict.keys(od)), list(dict.__iter__(od)), dict.__repr__(od))
od.move_to_end('d', last=False)
print(list(od), list(reversed(od)), list(reversed(od.items())), list(reversed(od.values())))
od.move_to_end('d', False)
od.move_to_end('a', True)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
print(od.pop('b'), od.pop('zz', 'dflt'), od)
print(od.pop(key='c'), od)
print(od.setdefault('x', 5), od.setdefault('x', 6), od.setdefault(key='y'), od)
print(OrderedDict.fromkeys('abc'), OrderedDict.fromkeys('ab', value=0), OrderedDict.fromkeys(iterable=[1, 2]))
c = od.copy()
print(type(c).__name__, c, c == od, c is od)
c.clear()
print(c, len(c), list(c), repr(c))

a = OrderedDict(a=1, b=2)
b = OrderedDict(b=2, a=1)
print(a == b, a != b, a == dict(b), dict(b) == a, a == {'b': 2, 'a': 1}, a != dict(b))
print(a == OrderedDict(a=1, b=2), a != OrderedDict(a=1, b=2), a == OrderedDict(a=1, b=3))
print(a == 5, a.__eq__(5), a.__lt__(b), OrderedDict.__eq__(a, {}))
try:
    a < b
except TypeError as e:
    print('TypeError', e)

x = OrderedDict({0: 0, 1: 1, 2: 1})
y = OrderedDict({1: 1, 2: 2, 3: 3})
print(x | y, y | x, x | dict(y), dict(x) | y, type(dict(x) | y).__name__)
z = x.copy()
z |= y
print(z)
z |= [(9, 9)]
print(z)
for bad in (None, (), 'BAD'):
    try:
        x | bad
    except TypeError as e:
        print('TypeError', e)
try:
    z |= 'BAD'
except ValueError as e:
    print('ValueError', e)

r = OrderedDict()
r['self'] = r
r['k'] = [r]
print(r, repr(r.keys()), repr(r.values()), repr(r.items()))
print(OrderedDict(), OrderedDict().keys(), str(OrderedDict(q=1)))

class Sub(OrderedDict):
    pass
print(Sub(a=1), repr(Sub()), Sub(a=1).keys())

v = od.keys()
print(type(v).__name__, type(od.values()).__name__, type(od.items()).__name__, type(iter(od)).__name__)
print(type(iter(od.keys())).__name__, type(reversed(od)).__name__, type(reversed(od.items())).__name__)
print([t.__name__ for t in type(v).__mro__], isinstance(v, type({}.keys())))
print(v.mapping, len(v), 'x' in v, ('x', 5) in od.items(), 5 in od.values())
print(sorted(v & {'x', 'q'}), sorted(v | {'q'}), sorted(v - {'x'}), sorted(v ^ {'x', 'q'}), v.isdisjoint({'q'}), v == {'x', 'y'})
print(od.items() & {('x', 5)}, od.items() ^ OrderedDict(x=5).items(), od.items() - {('x', 5)})
print(sorted(od.keys() | od.items(), key=repr))
print(OrderedDict.__doc__, OrderedDict.__module__, OrderedDict.__name__, OrderedDict.__qualname__)
print(OrderedDict.move_to_end.__text_signature__, OrderedDict.popitem.__text_signature__, OrderedDict.pop.__text_signature__)
print(OrderedDict.setdefault.__text_signature__, OrderedDict.fromkeys.__text_signature__, OrderedDict.update.__text_signature__)
print(sorted(set(dir(OrderedDict)) - set(dir(dict))), OrderedDict.__hash__, OrderedDict[int, str])
print(sorted(OrderedDict.__dict__))
