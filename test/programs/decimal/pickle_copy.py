# pickling, copying, as_tuple/DecimalTuple, subclasses, numbers ABCs, statistics and fractions with Decimal
import pickle, copy, numbers, statistics
from fractions import Fraction
from decimal import *
d = Decimal("-1.250")
print(pickle.loads(pickle.dumps(d)), d.__reduce__(), copy.copy(d) is d, copy.deepcopy(d) is d)
c = Context(prec=6, rounding=ROUND_UP, traps=[Inexact], flags=[Rounded])
c2 = pickle.loads(pickle.dumps(c))
print(c2, c.__reduce__()[1])
t = d.as_tuple()
print(t, t.sign, t.digits, t.exponent, type(t).__name__, DecimalTuple(1, (5,), -1), Decimal(DecimalTuple(0, (2, 5), -1)))
class Money(Decimal):
    def __repr__(self):
        return f"Money({str(self)!r})"
m = Money("3.50")
print(m, repr(m), type(m).__name__, type(m + 1).__name__, isinstance(m, Decimal), Money.from_float(0.5), type(Money.from_float(0.5)).__name__, type(copy.copy(m)).__name__)
print(isinstance(d, numbers.Number), isinstance(d, numbers.Real), isinstance(d, numbers.Rational), issubclass(Decimal, numbers.Number))
print(statistics.mean([Decimal("1.1"), Decimal("2.2"), Decimal("3.3")]), statistics.median([Decimal(1), Decimal(3), Decimal(2), Decimal(4)]), statistics.fsum if hasattr(statistics, "fsum") else "")
print(Fraction(Decimal("0.75")), Fraction.from_decimal(Decimal("1.1")), Fraction(1, 3) < Decimal("0.34"), Decimal(1) < Fraction(1, 2), sum([Decimal("0.1"), Decimal("0.2")], Decimal(0)))
print(type(Decimal(1)), type(Context()), Decimal.__module__, Context.__module__, Decimal.__name__, Decimal.__qualname__)
print([n for n in dir(Decimal) if not n.startswith("_")][:20])
