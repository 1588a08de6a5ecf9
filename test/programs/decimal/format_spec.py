# format() of Decimals: types e E f F g G n %, precision, width, fill/align, sign, ',' grouping, zero padding
from decimal import Decimal, localcontext, ROUND_DOWN
vals = ["0", "-0", "1", "-1.5", "123.456", "1234567.891", "0.000012345", "1E+10", "9.999", "-0.0005", "Infinity", "-NaN"]
specs = ["", "e", "E", ".2e", ".0e", "f", ".2f", ".0f", "F", "g", "G", ".3g", ".0g", "n", ".3n", "%", ".1%", "10", "<10", "^10.2f", "*>12,.3f", "+", " .2f", "010.2f", "012,.1f", ",", ",.2f", "=+10.1f", "-^9"]
for v in vals:
    d = Decimal(v)
    print(v, [format(d, s) for s in specs])
with localcontext(rounding=ROUND_DOWN):
    print(format(Decimal("2.999"), ".2f"), format(Decimal("2.999"), ".1e"))
print(f"{Decimal('3.14159'):.3}", f"{Decimal('1234.5'):_>+12,.2f}", "{:>8}|{:<8}|".format(Decimal("1.5"), Decimal("-2")))
