# comparisons of Decimals with Decimals, ints, floats, Fractions and complex; NaN rules; hash equality
from decimal import Decimal as D, InvalidOperation, localcontext, FloatOperation, getcontext
from fractions import Fraction as F
print(D("1.0") == D(1), D("1.00") == 1, D("0.5") == 0.5, D("0.1") == 0.1, D("0.5") == F(1, 2), D("0.3") < F(1, 3), D(2) > F(3, 2), D(1) == 1 + 0j, D(1) == 1 + 1j)
print(D(-1) < 0 < D("0.5") <= D("0.50"), D("1e-100") > 0, D("-inf") < -10**100 < D("inf"), sorted([D("2.5"), 1, D("-1"), 2, 0.5]))
print(D("nan") == D("nan"), D("nan") != D("nan"), D("nan") == 1, D(1) != D("nan"))
for expr in ["D('nan') < 1", "D(1) >= D('nan')", "D('snan') == 1", "D('1') < 'a'", "D(1) < [1]"]:
    try:
        print(expr, eval(expr))
    except (InvalidOperation, TypeError) as e:
        print(expr, type(e).__name__, e)
with localcontext() as c:
    c.traps[InvalidOperation] = False
    print(D("nan") < 1, c.flags[InvalidOperation])
    c.traps[FloatOperation] = True
    print(D("0.5") == 0.5)
    try:
        D("0.5") < 0.6
    except FloatOperation as e:
        print("FloatOperation", e)
print(hash(D("0.5")) == hash(0.5), hash(D(7)) == hash(7), hash(D("1.5")) == hash(F(3, 2)), hash(D("-2.25")) == hash(-2.25), hash(D("1e3")) == hash(1000), hash(D("0.1")) == hash(F(1, 10)))
print(hash(D("inf")), hash(D("-inf")), hash(D(0)) == hash(D("-0.000")), hash(D("100")) == hash(D("1E+2")))
try:
    hash(D("snan"))
except TypeError as e:
    print("TypeError", e)
n = D("nan")
print(hash(n) == hash(n), len({D(1), 1, 1.0, D("1.000"), F(1)}), {D("0.5"): "a"}[0.5])
print(max(D(1), D("1.0")), min(D("2"), 3, 1.5), D("1.10") in [1.1, D("1.1")], bool(D(0)), bool(D("0.0001")), bool(D("nan")))
