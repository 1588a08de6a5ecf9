# str, repr and to_eng_string across exponents; capitals
from decimal import Decimal, Context, getcontext
vals = ["0", "-0", "0E+3", "0E-8", "0.000", "123", "123E+1", "1.23E-5", "0.000001", "0.0000001", "-1234.5678", "1E+100", "12.3E-10", "123456789E+20", "1e6", "100E-3", "Infinity", "-NaN", "sNaN42"]
for v in vals:
    d = Decimal(v)
    print(v, str(d), repr(d), d.to_eng_string())
c = Context(capitals=0)
print(c.to_sci_string(Decimal("1E+10")), c.to_eng_string(Decimal("12E+4")), Context().to_sci_string(Decimal("-7E-9")))
getcontext().capitals = 0
print(Decimal("1E+10"), repr(Decimal("-5e-20")))
getcontext().capitals = 1
print(f"{Decimal('1.5')!r} {Decimal('1.5')!s}", str(Decimal(10) ** 30), Decimal("1.10") + Decimal("2.2"))
