# min/max with key functions raising, default with non-empty iterables, ties keep the first
print(max([("a", 2), ("b", 2), ("c", 1)], key=lambda t: t[1]), min(["bb", "a", "cc"], key=len), max("abc", "abd", "abb"))
def bad_key(x):
    if x == 3:
        raise ValueError("bad key")
    return x
try:
    max([1, 2, 3, 4], key=bad_key)
except ValueError as e:
    print(type(e).__name__, e)
print(max([], default=None), max([5], default=0), min((), key=len, default="empty"), max(range(3), default=99))
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"Cmp({self.v})"
print(max([Cmp(1), Cmp(3), Cmp(3)]), min(Cmp(2), Cmp(1)))
try:
    max(Cmp(1), 5)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
print(max(1, 2.5, True), min(-0.0, 0.0), max(0.0, -0.0), max("a", "B"), min([[1, 2], [1]]))
