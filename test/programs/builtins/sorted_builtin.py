# sorted(): key, reverse, stability, errors; list.sort equivalents
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(sorted("hello"), sorted({3: "x", 1: "y"}), sorted({5, 2, 8}), sorted((3, 1, 2), reverse=True), sorted([]), sorted(iter([2, 1])))
print(sorted(["B", "a", "C"]), sorted(["B", "a", "C"], key=str.lower), sorted([-3, 2, -1], key=abs), sorted([[2, 1], [1, 2], [1]]))
words = ["bb", "a", "ccc", "dd", "e"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted([3.5, 1, 2.25, True, False]))
for c in [lambda: sorted(), lambda: sorted(1), lambda: sorted([1, "a"]), lambda: sorted([1], key=1), lambda: sorted([1], [2]), lambda: sorted([1], cmp=None), lambda: sorted([1, 2], key=lambda x: [] if x == 1 else None)]:
    try:
        print(c())
    except TypeError as e:
        print(type(e).__name__, e)
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([1, 2, 3], key=key), calls)
import functools
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: cmp(b, a))))
nan = float("nan")
print(sorted([3, nan, 1]) if False else "nan order is implementation-defined; skipped")
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"K{self.v}"
print(sorted([K(2), K(1), K(3)]))
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return f"G{self.v}"
print(sorted([OnlyGt(2), OnlyGt(1)]))
