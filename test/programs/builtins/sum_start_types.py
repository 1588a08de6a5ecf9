# sum() with various start values and element types; performance-independent correctness of float summation
from fractions import Fraction
print(sum([1, 2, 3], 0.5), sum([[1], [2]], [0]), sum([(1,), (2,)], (0,)), sum([Fraction(1, 2)] * 4, Fraction(0)), sum([1.5, 2.5], 1))
print(sum([0.1] * 3), sum([1e308, 1e308, -1e308]), sum([float("inf"), -float("inf")]), sum(range(101), -5050))
print(sum([True] * 5), sum([], 0.0), sum(iter([1, 2]), start=10), type(sum([], 0.0)).__name__, type(sum([1, 2.0])).__name__)
class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, o):
        return Money(self.c + (o.c if isinstance(o, Money) else o))
    def __radd__(self, o):
        return self + o
print(sum([Money(1), Money(2)]).c, sum([Money(5)], Money(10)).c)
try:
    sum(["a"], "")
except TypeError as e:
    print(type(e).__name__, e)
