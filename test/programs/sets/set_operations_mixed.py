# set operations accepting iterables (methods) vs sets only (operators); results' types with frozenset/set mixtures; in-place with self
s = {1, 2, 3}
print(s.union([4], (5,), range(6, 8)), s.intersection("abc", [1]), s.difference(range(2)), s.symmetric_difference([3, 4]), s.issubset(range(10)), s.issuperset([1, 2]))
for bad in [lambda: s | [4], lambda: s & "x", lambda: s - (1,), lambda: s ^ range(2), lambda: s <= [1, 2, 3]]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
fs = frozenset([1, 2])
print(type(s | fs).__name__, type(fs | s).__name__, type(fs.union(s)).__name__, type(s.union(fs)).__name__, fs | s == s | fs)
t = {1, 2}
t |= t
t &= t
print(t)
t -= t
print(t)
u = {1, 2}
u ^= u
print(u, set() == frozenset(), {frozenset(): 1}[frozenset(set())])
