# quantize with every rounding mode, round(), to_integral*, int/float/floor/ceil/trunc, as_integer_ratio
import math
from decimal import *
modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
for v in ["2.5", "-2.5", "3.5", "2.51", "-2.49", "2.05", "2.15", "0.0", "-0.005", "1.04"]:
    d = Decimal(v)
    print(v, [str(d.quantize(Decimal("0.1"), rounding=m)) for m in modes], [str(d.to_integral_value(rounding=m)) for m in modes])
print(Decimal("1.41421356").quantize(Decimal("1.000")), Decimal("7.325").quantize(Decimal(".01"), rounding=ROUND_DOWN), Decimal("123").quantize(Decimal("1e1")), Decimal("1.5").quantize(Decimal("1E-5")))
for a, b in [("1e30", "1e-10"), ("inf", "1"), ("1", "inf"), ("inf", "inf"), ("nan", "1")]:
    try:
        print(a, b, Decimal(a).quantize(Decimal(b)))
    except InvalidOperation as e:
        print(a, b, "InvalidOperation", e)
print(round(Decimal("2.5")), round(Decimal("3.5")), round(Decimal("-2.5")), round(Decimal("2.675"), 2), round(Decimal("123.456"), -1), round(Decimal("1.5"), 0), type(round(Decimal("1.5"))))
print(int(Decimal("-7.9")), int(Decimal("1e20")), float(Decimal("0.1")), float(Decimal("-inf")), float(Decimal("nan")), math.floor(Decimal("-1.5")), math.ceil(Decimal("1.2")), math.trunc(Decimal("-1.9")))
for bad in ["nan", "inf", "snan"]:
    for f in (int, float, round, lambda d: d.as_integer_ratio()):
        try:
            print(f(Decimal(bad)))
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
print(Decimal("0.75").as_integer_ratio(), Decimal("-12.5e3").as_integer_ratio(), Decimal(0).as_integer_ratio(), Decimal("1.000").as_integer_ratio())
print(Decimal("2.5").to_integral_exact(), getcontext().flags[Inexact], Decimal("-2.4").to_integral(ROUND_CEILING), Decimal("12E+2").to_integral(), Decimal("nan").to_integral())
with localcontext() as c:
    c.clear_flags()
    print(Decimal("3.7").to_integral_exact(rounding=ROUND_FLOOR), c.flags[Inexact], c.flags[Rounded])
    c.prec = 3
    try:
        Decimal("1234.5").quantize(Decimal("0.1"))
    except InvalidOperation as e:
        print("InvalidOperation", e)
