# emulating containers: __getitem__/__setitem__/__delitem__/__len__/__iter__/__contains__/__reversed__/__missing__
class SparseList:
    def __init__(self, size):
        self.size = size
        self.data = {}
    def __len__(self):
        return self.size
    def _norm(self, i):
        if isinstance(i, slice):
            return range(*i.indices(self.size))
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("SparseList index out of range")
        return i
    def __getitem__(self, i):
        idx = self._norm(i)
        if isinstance(idx, range):
            return [self.data.get(j, 0) for j in idx]
        return self.data.get(idx, 0)
    def __setitem__(self, i, v):
        idx = self._norm(i)
        if isinstance(idx, range):
            for j, x in zip(idx, v):
                self.data[j] = x
        else:
            self.data[idx] = v
    def __delitem__(self, i):
        self.data.pop(self._norm(i), None)
    def __contains__(self, v):
        return v in self.data.values() or (v == 0 and len(self.data) < self.size)
    def __repr__(self):
        return f"SparseList({self[:]})"
s = SparseList(6)
s[1] = 5
s[-1] = 9
s[2:4] = [7, 8]
print(s, len(s), s[1], s[-2], s[::2], 7 in s, 42 in s, 0 in s)
del s[1]
print(s, list(s), list(reversed(s)), sorted(s), sum(s), max(s))
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
it = iter(s)
print(type(it).__name__, next(it))
class Reversible:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
    def __reversed__(self):
        print("  __reversed__ used")
        return iter(self.items[::-1])
print(list(reversed(Reversible([1, 2, 3]))), [x for x in Reversible("ab")])
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = value = len(self)
        return value
d = DefaultDict()
print(d["a"], d["b"], d["a"], d)
class Grid:
    def __getitem__(self, pos):
        r, c = pos
        return r * 10 + c
    def __setitem__(self, pos, v):
        print("set", pos, v)
g = Grid()
print(g[1, 2], g[3, 4])
g[0, 0] = "origin"
g[1:2, ::3] = "slices"
class Keys:
    def keys(self):
        return ["a", "b"]
    def __getitem__(self, k):
        return k * 2
print(dict(Keys()), {**Keys()})
class LenOnly:
    def __len__(self):
        return 2
try:
    iter(LenOnly())
except TypeError as e:
    print(type(e).__name__, e)
