# * and ** in calls: multiple unpackings, iterables, mappings, and their errors
def show(*args, **kwargs):
    return args, kwargs
print(show(*[1, 2], *"ab", 3, *range(2)))
print(show(**{"a": 1}, **{"b": 2}, c=3))
print(show(*(x for x in [7, 8]), **dict(z=0)))
class KeysMapping:
    def keys(self):
        return ["k"]
    def __getitem__(self, key):
        return key * 2
print(show(**KeysMapping()))
import collections
print(show(**collections.OrderedDict(o=1)), show(*{3: "x", 1: "y"}))
for c in [lambda: show(*1), lambda: show(**1), lambda: show(**{"a": 1}, **{"a": 2}), lambda: show(**{"a": 1}, a=2), lambda: show(*None), lambda: show(**[("a", 1)]),
          lambda: show(a=1, **{"a": 2})]:
    try:
        print(c())
    except TypeError as e:
        print(type(e).__name__, e)
def f(a, b, c):
    return a + b + c
print(f(*[1, 2], 3), f(1, *[2, 3]), f(*"abc"), f(**{"a": 1, "b": 2, "c": 3}), f(1, **{"c": 3, "b": 2}))
try:
    f(*[1, 2, 3, 4])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, **{"b": 5})
except TypeError as e:
    print(type(e).__name__, e)
a, *b = [1, 2, 3]
*c, d = "xyz"
e, *f_, g = range(5)
print(a, b, c, d, e, f_, g)
(h, i), *j = [(1, 2), 3]
print(h, i, j)
try:
    x, y = [1, 2, 3]
except ValueError as err:
    print(type(err).__name__, err)
try:
    x, y, z = [1, 2]
except ValueError as err:
    print(type(err).__name__, err)
try:
    x, *y, z = [1]
except ValueError as err:
    print(type(err).__name__, err)
try:
    x, y = 5
except TypeError as err:
    print(type(err).__name__, err)
try:
    x, y = iter([1])
except ValueError as err:
    print(type(err).__name__, err)
print([*range(3), *"ab"], (*[1], *[2]), {*"aa", *"b"} == {"a", "b"}, {**{"a": 1}, "b": 2, **{"a": 3}})
first, second = {"k1": 1, "k2": 2}
print(first, second)
