# the signal classes: hierarchy, trap messages, flags set by overflow/underflow/subnormal/clamped results
from decimal import *
import decimal
names = ["DecimalException", "Clamped", "InvalidOperation", "ConversionSyntax", "DivisionByZero", "DivisionImpossible", "DivisionUndefined", "Inexact", "InvalidContext", "Rounded", "Subnormal", "Overflow", "Underflow", "FloatOperation"]
for n in names:
    cls = getattr(decimal, n)
    print(cls, [b.__name__ for b in cls.__bases__], cls.__module__, issubclass(cls, ArithmeticError))
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError), issubclass(DivisionUndefined, ZeroDivisionError), issubclass(Underflow, Subnormal))
def attempt(label, f):
    try:
        print(label, f())
    except DecimalException as e:
        print(label, type(e).__name__, e.args, e)
attempt("syntax", lambda: Decimal("x"))
attempt("divzero", lambda: Decimal(1) / 0)
attempt("undefined", lambda: Decimal(0) / 0)
attempt("impossible", lambda: Decimal(10) ** 40 // Decimal("0.1"))
attempt("invalid", lambda: Decimal("inf") * 0)
c = Context(prec=3, Emax=5, Emin=-5, traps=[])
for label, f in [("over", lambda: c.multiply(Decimal(999), 1000)), ("under", lambda: c.divide(Decimal(1), Decimal("1e8"))), ("subnormal", lambda: c.divide(Decimal(1), Decimal("1e6"))), ("clamped", lambda: c.create_decimal("0E+10")), ("round", lambda: c.add(Decimal("1.234"), 0)), ("exact", lambda: c.add(Decimal("1.2"), 0)), ("tiny", lambda: c.multiply(Decimal("1E-5"), Decimal("1E-5")))]:
    c.clear_flags()
    r = f()
    print(label, r, sorted(k.__name__ for k, v in c.flags.items() if v))
c = Context(prec=3, Emax=5, Emin=-5, clamp=1, traps=[])
print(c.create_decimal("1E+5"), c.create_decimal("1.2E+5"), c.create_decimal("0E+9"), c.flags[Clamped])
for rounding in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN]:
    c = Context(prec=3, Emax=5, rounding=rounding, traps=[])
    print(rounding, c.multiply(Decimal(999), 1000), c.multiply(Decimal(-999), 1000))
c = Context(prec=3, Emax=5, Emin=-5)
attempt("overflow trap", lambda: c.multiply(Decimal(999), 1000))
c.traps[Underflow] = True
attempt("underflow trap", lambda: c.divide(Decimal(1), Decimal("1e8")))
c.traps[Rounded] = True
attempt("rounded trap", lambda: c.add(Decimal("1.234"), 0))
try:
    raise Inexact("custom")
except DecimalException as e:
    print(repr(e))
