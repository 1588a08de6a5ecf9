# Context: attributes, repr, validation, copies, flags/traps dicts, templates, getcontext/setcontext/localcontext
import decimal
from decimal import *
c = Context()
print(c)
print(Context(prec=5, rounding=ROUND_DOWN, Emin=-10, Emax=10, capitals=0, clamp=1, flags=[Inexact], traps=[Overflow]))
print(BasicContext, ExtendedContext, DefaultContext, sep="\n")
for attr, val in [("prec", 0), ("prec", "5"), ("Emin", 1), ("Emax", -1), ("rounding", "ROUND_SIDEWAYS"), ("rounding", 3), ("capitals", 2), ("clamp", -1), ("traps", 5), ("flags", {})]:
    try:
        setattr(Context(), attr, val)
        print(attr, "ok")
    except (ValueError, TypeError, KeyError) as e:
        print(attr, type(e).__name__, e)
c = Context(prec=7)
d = c.copy()
d.prec = 9
print(c.prec, d.prec, c.Etiny(), c.Etop(), Context(Emin=-5, Emax=5, prec=3).Etiny())
print(c.traps[DivisionByZero], c.flags[Inexact], len(c.flags), list(c.traps)[:3], dict(c.traps)[Overflow])
c.divide(Decimal(1), Decimal(3))
print(c.flags[Inexact], c.flags[Rounded], sorted(k.__name__ for k, v in c.flags.items() if v))
c.clear_flags()
print(any(c.flags.values()), c.flags == {k: False for k in c.flags})
c.traps[Inexact] = True
try:
    c.divide(Decimal(1), Decimal(3))
except Inexact as e:
    print("Inexact", e)
c.clear_traps()
print(c.divide(Decimal(1), Decimal(0)), c.flags[DivisionByZero])
try:
    c.flags[ValueError]
except KeyError as e:
    print("KeyError", e)
print(c.add(1, 2), c.multiply(Decimal("1.5"), 2), c.power(2, 10), c.power(3, 4, 7), c.sqrt(2), c.abs(-3), c.minus(Decimal(5)), c.plus(Decimal("-0")), c.compare(1, 2))
print(c.divmod(Decimal(7), 2), c.remainder(7, 3), c.remainder_near(Decimal(10), 6), c.divide_int(7, 2), c.fma(2, 3, 4), c.quantize(Decimal("1.2345"), Decimal("0.01")), c.to_integral_exact(Decimal("2.5")))
print(c.create_decimal("3.14159265358979"), c.create_decimal(" 1"), c.create_decimal_from_float(0.1), c.is_zero(0), c.number_class(Decimal("-0")), c.to_sci_string(Decimal("1e-9")), c.radix())
try:
    c.add(1, 1.5)
except TypeError as e:
    print("TypeError", e)
print(getcontext() is getcontext(), type(getcontext()).__name__)
old = getcontext()
new = Context(prec=4)
setcontext(new)
print(getcontext() is new, Decimal(1) / 3)
setcontext(old)
setcontext(BasicContext)
print(getcontext() is BasicContext, getcontext().prec)
setcontext(old)
with localcontext() as lc:
    lc.prec = 3
    print(Decimal(2) / 3, lc is getcontext())
print(Decimal(2) / 3)
with localcontext(Context(prec=2), rounding=ROUND_UP) as lc:
    print(Decimal(2) / 3, lc.rounding)
with localcontext(prec=12, traps=[Inexact]) as lc:
    print(lc.prec, lc.traps[Inexact], lc.traps[Overflow])
for kw in [{"prec": -1}, {"rounding": "bad"}, {"foo": 1}]:
    try:
        with localcontext(**kw):
            pass
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    setcontext(5)
except TypeError as e:
    print("TypeError", e)
print(decimal.HAVE_CONTEXTVAR, decimal.HAVE_THREADS, decimal.ROUND_HALF_EVEN, decimal.__version__, type(decimal.localcontext()).__name__)
