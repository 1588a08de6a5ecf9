# frozenset: construction, operations, hashing equality, methods
a = frozenset([1, 2, 3])
b = frozenset({3, 4})
print(a, b, frozenset(), frozenset("aab") == frozenset("ab"), frozenset(range(3)))
print(a | b, a & b, a - b, a ^ b, a <= a, a < a, frozenset({1}) < a, a.isdisjoint(b), a.issubset({1, 2, 3, 4}), a.issuperset([1]))
print(a.union([9]), a.intersection(range(2, 10)), a.difference({1}, {2}), a.symmetric_difference([3, 5]), a.copy() is a)
print(type(a | {5}).__name__, type({5} | a).__name__, type(a.union()).__name__)
print(frozenset([1, 2]) == {1, 2}, {frozenset([1]): "key"}[frozenset({1})], hash(frozenset()) == hash(frozenset([])))
print(frozenset({frozenset({1})}), 2 in a, [] in a if False else "skip", len(a), sorted(a, reverse=True))
try:
    a.add(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    frozenset([[1]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([], [])
except TypeError as e:
    print(type(e).__name__, e)
class FS(frozenset):
    pass
f = FS([1, 2])
print(type(f).__name__, f, type(f | {3}).__name__, type(f.copy()).__name__, repr(FS()))
print(frozenset([1]) is not frozenset([1]), frozenset() is frozenset())
print(frozenset({1, 2}).__contains__(1), frozenset.fromkeys if hasattr(frozenset, "fromkeys") else "no fromkeys")
