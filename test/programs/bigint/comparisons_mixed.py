# comparing big ints with floats exactly (no rounding), and hashing agreements
big = 2 ** 53 + 1
print(big == float(big), big > float(big), big < 2.0 ** 53 + 2, float(big) == 2 ** 53)
print(10 ** 20 == 1e20, 10 ** 23 == 1e23, 10 ** 22 == 1e22, 2 ** 1024 > float("1.7976931348623157e308"), 2 ** 1024 < float("inf"), -(2 ** 1024) > float("-inf"))
print(1 == 1.0, -0 == 0.0, 2 ** 64 - 1 < 2.0 ** 64, 2 ** 64 + 1 > 2.0 ** 64, (2 ** 64 + 1) * 1.0 == 2.0 ** 64)
nan = float("nan")
print(10 ** 100 < nan, 10 ** 100 > nan, 10 ** 100 == nan, 10 ** 100 != nan)
print(max(2 ** 60, 2.0 ** 60), min(2 ** 60 + 1, 2.0 ** 60 + 1), sorted([2 ** 53 + 1, 2.0 ** 53, 2 ** 53]))
print(hash(2 ** 53) == hash(2.0 ** 53), {2 ** 53: "int"}.get(2.0 ** 53), 2 ** 53 in {2.0 ** 53})
from fractions import Fraction
print(Fraction(2 ** 70, 3) > 2 ** 70 / 3, Fraction(1, 3) == 1 / 3, Fraction(1, 2) == 0.5, Fraction(10 ** 30) == 10 ** 30)
print(2 ** 100 // 2 ** 99 == 2, (2 ** 100 + 1) % 2, -(2 ** 100) // 3, -(2 ** 100) % 3)
