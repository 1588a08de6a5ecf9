# arithmetic across int, float, complex, Fraction and Decimal: result types and errors
from fractions import Fraction as F
from decimal import Decimal as D
vals = [2, 2.5, 2j, F(1, 2), D("0.5"), True]
for a in vals:
    row = []
    for b in vals:
        try:
            r = a + b
            row.append(type(r).__name__)
        except TypeError:
            row.append("TypeError")
    print(f"{type(a).__name__:>8}", row)
print(F(1, 3) * 3, F(1, 3) + 1, F(1, 3) + 0.5, F(3, 4) ** 2, F(4) ** F(1, 2), 2 ** F(2), F(-8, 27) ** F(1, 3) if False else "skip")
print(D("1.1") + D("2.2"), D("1.1") * 2, D(10) / D(4), D(7) // D(2), D(-7) // D(2), D(-7) % D(2), -7 % 2, divmod(D(7), D(2)))
print(round(F(7, 2)), round(D("2.5")), round(2.5), int(F(-7, 2)), int(D("-3.9")), float(F(1, 3)), float(D("0.1")))
print(F(1, 2) == 0.5, D("0.5") == 0.5, D("0.1") == F(1, 10), hash(F(1, 2)) == hash(0.5), 1 + 2j == complex(1, 2))
