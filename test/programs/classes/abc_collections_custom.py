# implementing collections.abc interfaces gets mixin methods for free
import collections.abc as cabc
class Bag(cabc.MutableSet):
    def __init__(self, items=()):
        self._items = []
        for x in items:
            self.add(x)
    def __contains__(self, x):
        return x in self._items
    def __iter__(self):
        return iter(self._items)
    def __len__(self):
        return len(self._items)
    def add(self, x):
        if x not in self._items:
            self._items.append(x)
    def discard(self, x):
        if x in self._items:
            self._items.remove(x)
    def __repr__(self):
        return f"Bag({self._items})"
b = Bag([3, 1, 2])
print(b, b | Bag([4]), b & Bag([1, 9]), b - Bag([3]), b ^ Bag([2, 5]), b <= Bag([1, 2, 3, 4]), b.isdisjoint([7]))
b -= Bag([1])
b |= Bag([10])
print(b, b.pop(), b, len(b))
class Registry(cabc.Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
r = Registry(a=1, b=2)
print(list(r.keys()), list(r.items()), r.get("z", 0), "a" in r, r == {"a": 1, "b": 2}, dict(r))
class Seq(cabc.Sequence):
    def __init__(self, *xs):
        self.xs = xs
    def __getitem__(self, i):
        return self.xs[i]
    def __len__(self):
        return len(self.xs)
s = Seq(5, 6, 7, 6)
print(list(reversed(s)), s.index(6), s.count(6), 7 in s, list(s))
try:
    class Incomplete(cabc.Mapping):
        pass
    Incomplete()
except TypeError as e:
    print(type(e).__name__, e)
