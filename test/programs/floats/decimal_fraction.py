# decimal and fractions: exact arithmetic reference outputs
from decimal import Decimal, getcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero
from fractions import Fraction
print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal("1.10") * 3, Decimal("10") / Decimal("3"), Decimal("-0"), Decimal("1e3"), Decimal("NaN"), Decimal("-Infinity"))
getcontext().prec = 10
print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal("123.456").quantize(Decimal("0.01")), Decimal("2.5").quantize(Decimal("1"), rounding=ROUND_HALF_UP), Decimal("2.99").to_integral_value(rounding=ROUND_DOWN))
print(Decimal("1.2300").normalize(), Decimal("12.5").as_tuple(), Decimal("3.14").is_signed(), Decimal("-3").copy_abs(), Decimal(5).compare(Decimal(3)), round(Decimal("1.2345"), 2))
try:
    Decimal("abc")
except InvalidOperation as e:
    print(type(e).__name__)
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print(type(e).__name__)
print(Fraction(3, 6), Fraction("1.25"), Fraction(0.5), Fraction(-4, 6), Fraction(1, 3) + Fraction(1, 6), Fraction(2, 3) * 3, Fraction(1, 2) ** 2, Fraction(7, 2) // 1, Fraction(7, 2) % 1)
print(Fraction(355, 113).limit_denominator(10), Fraction(1.1).limit_denominator(), float(Fraction(1, 3)), int(Fraction(-7, 2)), round(Fraction(5, 2)), Fraction(3, 4).as_integer_ratio())
print(Fraction(1, 2) < 0.6, Fraction(1, 3) == Fraction(2, 6), Fraction(5).is_integer(), str(Fraction(22, 7)), repr(Fraction(22, 7)), f"{Fraction(1, 3):.5f}")
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
