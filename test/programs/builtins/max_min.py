# max() and min(): iterables, multiple args, key=, default=, errors
print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min("hello"), max("apple", "pear", key=len), min([], default="empty"))
print(max([1, 3, 3.0]), max([3.0, 1, 3]), min([(1, "b"), (1, "a")]), max({"a": 1, "b": 0}), max({"a": 1, "b": 0}, key={"a": 1, "b": 0}.get))
print(max(range(10), key=lambda x: x % 4), min(range(10), key=lambda x: -x), max([-1, -2], key=abs), max(iter([5, 6])))
print(max([1], default=0), max([], key=len, default=None), min((x for x in []), default="gen empty"))
print(max("a", "b", "c", key=None), max([False, True]), min([True, 1, 1.0]))
for c in [lambda: max(), lambda: min([]), lambda: max(1), lambda: max(1, 2, default=0), lambda: max([1, "a"]), lambda: min(1, 2, key=5),
          lambda: max([], default=1, bogus=2), lambda: max(1, 2, 3, key=len), lambda: min(x=[1])]:
    try:
        print(c())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class C:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print(f"  {self.v} < {o.v}")
        return self.v < o.v
    def __gt__(self, o):
        print(f"  {self.v} > {o.v}")
        return self.v > o.v
print(max(C(1), C(3), C(2)).v)
print(min(C(1), C(3), C(2)).v)
nan = float("nan")
print(max(nan, 1), max(1, nan), min([nan, 0, 1]), min([0, nan, 1]))
