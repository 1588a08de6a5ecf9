# slice objects: attributes, indices(), use in subscripts, repr, hashing (3.12+)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None), repr(slice("a", [1], None)))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(10), slice(-3, None).indices(10), slice(None, None, -2).indices(7))
lst = list(range(10))
print(lst[s], lst[slice(None, None, -3)], "abcdef"[slice(1, -1)], (1, 2, 3)[slice(1, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), hash(slice(1, 2)) == hash(slice(1, 2)), {slice(1, 2): "hashable"}[slice(1, 2)])
for c in [lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: slice(1, 2, 0).indices(5), lambda: s.indices(-1), lambda: s.indices("a"), lambda: lst[::0], lambda: hash(slice([], 1))]:
    try:
        print(c())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Sub:
    def __getitem__(self, key):
        return key
print(Sub()[1:2], Sub()[::3], Sub()[1:2, 3], Sub()[...], Sub()[:, 1], Sub()["a":"b":"c"])
try:
    s.start = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(slice(2, 8, 3).__reduce__())
