# sum(): start values, floats (exact summation in 3.12+), errors for strings
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum(range(101)), sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1j, 2]), sum([True, True]), sum([1, 2.5]), sum(x * x for x in range(4)), sum([2 ** 70, 2 ** 70]))
print(sum([1, 2], start=100), sum(iter([]), start=[]))
from fractions import Fraction
from decimal import Decimal
print(sum([Fraction(1, 3)] * 3), sum([Decimal("0.1")] * 3), sum([Fraction(1, 2), 0.5]))
for c in [lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([bytearray(b"a")], bytearray()), lambda: sum(), lambda: sum(1),
          lambda: sum([1, "a"]), lambda: sum([1], 2, 3), lambda: sum([[1]])]:
    try:
        print(c())
    except TypeError as e:
        print(type(e).__name__, e)
class Add:
    def __init__(self, v):
        self.v = v
    def __radd__(self, o):
        return Add(o + self.v)
    def __add__(self, o):
        return Add(self.v + (o.v if isinstance(o, Add) else o))
print(sum([Add(1), Add(2)]).v)
print(sum([float("inf"), 1]), sum([float("inf"), float("-inf")]), sum([-0.0, -0.0]), sum([], -0.0), sum([-0.0]))
