# Decimal construction: strings (whitespace, underscores, other scripts' digits), ints, exact floats, tuples, specials
from decimal import Decimal, InvalidOperation, getcontext, localcontext, FloatOperation
for s in ["1", "-1.50", "  3.14  ", "1_000_000", "1e-7", "1E+7", ".5", "5.", "-0", "+0.000", "\u0661\u0662", "1e999999", "inf", "-Infinity", "nan", "NaN123", "-sNaN7", "0E-10"]:
    print(repr(s), repr(Decimal(s)))
for bad in ["", "abc", "1.2.3", "1e", "--1", "1 2", "0x10", "nan1.5"]:
    try:
        Decimal(bad)
    except InvalidOperation as e:
        print("invalid", repr(bad), e)
for v in [0, 7, -12345678901234567890123, True, 0.5, 0.1, -0.0, 1e300, float("inf"), float("nan")]:
    print(repr(Decimal(v)))
print(Decimal((0, (1, 2, 3), -2)), Decimal((1, (0,), 5)), Decimal((0, (), "F")), Decimal((1, (4, 2), "n")), Decimal([0, (1,), 3]))
for t in [(2, (1,), 0), (0, (1, 10), 0), (0, (1,), "x"), (0, (1,), 1.5), (0, 1, 0), (0, (1,))]:
    try:
        Decimal(t)
    except Exception as e:
        print(type(e).__name__, e)
print(Decimal.from_float(0.25), Decimal.from_float(7), Decimal.from_number(2.5), Decimal.from_number(Decimal("3")))
for v in [[1], {}, None, 1j, "1", b"1"]:
    try:
        print(Decimal.from_number(v) if isinstance(v, str) else Decimal(v))
    except TypeError as e:
        print("TypeError", e)
print(Decimal(), Decimal(value="4.5"), Decimal("9", getcontext()))
with localcontext() as ctx:
    ctx.traps[FloatOperation] = True
    try:
        Decimal(1.5)
    except FloatOperation as e:
        print("FloatOperation", e)
    ctx.traps[InvalidOperation] = False
    print(Decimal("junk"), ctx.flags[InvalidOperation])
