# round(): banker's rounding, ndigits, negative ndigits, __round__
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7), round(-3.7))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(5), round(5, 2), round(15, -1), round(25, -1), round(-25, -1), round(2 ** 70 + 5, -1), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(1e300, -300), round(1.5, 400), round(1.23456789e-5, 8), round(float("inf"), 2), round(float("nan"), 1), round(-0.0), round(-0.4, 0))
from fractions import Fraction
from decimal import Decimal
print(round(Fraction(5, 2)), round(Fraction(7, 3), 2), round(Decimal("2.5")), round(Decimal("2.675"), 2))
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3), round(R(), None))
for c in [lambda: round(), lambda: round("1"), lambda: round(1.5, 1.5), lambda: round(float("inf")), lambda: round(float("nan")), lambda: round(1, 2, 3), lambda: round(object())]:
    try:
        print(c())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(round(number=2.5), round(2.567, ndigits=1))
