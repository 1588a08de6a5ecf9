# comparisons between mixed numeric types, strings, tuples; chained comparisons with side effects; is vs ==
from fractions import Fraction
from decimal import Decimal
print(1 == 1.0 == Fraction(1) == Decimal(1), 0.1 == Fraction(1, 10), Decimal("0.1") == 0.1, Fraction(1, 2) < Decimal("0.6"))
print(1 < 2.5 < Fraction(3), True < 2, -1 < False, 10 ** 30 > 1e29, float("inf") > 10 ** 400, -float("inf") < -(10 ** 400))
print("a" < "b" < "c", "Z" < "a", "" < " ", "abc" < "abcd", "é" > "e", (1, 2) < (1, 2, 3) < (1, 3))
print([1, 2] == [1, 2] != [2, 1], (1,) != [1], {1: 2} == {1: 2.0}, {1, 2} == frozenset([1, 2]), range(3) == range(0, 3))
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3) < v(0) < v(5), calls)
calls.clear()
print(v(3) > v(2) == v(2) >= v(1) != v(5), calls)
a = [1]
b = a
print(a is b, a == [1], a is not [1], None is None, type(a) is list, 1 is not None)
try:
    1 < "1"
except TypeError as e:
    print(type(e).__name__, e)
try:
    Decimal(1) < Fraction(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(complex(1, 0) == 1, 1j == 1j)
try:
    1j < 2j
except TypeError as e:
    print(type(e).__name__, e)
