# oracle: python3
d = {'a': 1, 'b': 2, 'c': 3}
e = {'b': 2, 'c': 30, 'd': 4}
k, ek = d.keys(), e.keys()
print(k & ek, k | ek, k - ek, k ^ ek, k & {'a', 'z'}, {'a', 'z'} & k, ['b', 'q'] & k)
print(k - ['a'], ['a', 'x'] - k, k | ['z'], ('z',) | k, k ^ ['a', 'y'], 'abc' ^ k)
i, ei = d.items(), e.items()
print(i & ei, i | ei, i - ei, i ^ ei, ei ^ i, i & {('a', 1)}, i - {('a', 1)})
print(k.isdisjoint(ek), k.isdisjoint(['z']), i.isdisjoint([('a', 1)]), k.isdisjoint(k), {}.keys().isdisjoint({}.keys()))
print(k == {'a', 'b', 'c'}, k <= {'a', 'b', 'c', 'd'}, k < k, k > {'a'}, k >= ek, i == {('a', 1), ('b', 2), ('c', 3)})
print(k == ['a', 'b', 'c'], k != ek, i < {('a', 1), ('b', 2), ('c', 3), ('x', 0)})
print(('a', 1) in i, ('a', 2) in i, 'a' in i, ['a', 1] in i, 1 in d.values(), 5 in d.values())
print(len(k), len(i), len(d.values()), list(k), list(i), list(d.values()))
print(repr(k), repr(i), repr(d.values()), repr({}.keys()))
print(k.mapping, type(k.mapping).__name__, k.mapping['a'], i.mapping == d)
d['z'] = 26
print(k, i, d.values())
print(set(k), set(i), frozenset(k), sorted(k), list(reversed(k)), list(reversed(i)))
print({1: 2}.keys() | {1: 2}.keys(), {1: 2, 3: 4}.items() ^ {1: 2, 3: 5}.items())
x = {}
x['x'] = x.keys()
print(x)
print(type(k).__name__, type(i).__name__, type(d.values()).__name__, type(iter(k)).__name__, type(iter(i)).__name__,
      type(iter(d.values())).__name__, type(reversed(d)).__name__, type(reversed(i)).__name__, type(reversed(d.values())).__name__)
try:
    hash(k)
except TypeError as err:
    print(err)
try:
    k & 5
except TypeError as err:
    print(err)
try:
    d.values() & d.values()
except TypeError as err:
    print(err)
it = iter(k)
next(it)
print(it.__reduce__()[1], list(it), it.__length_hint__())
