# abs, divmod, pow: values and argument errors
from fractions import Fraction
from decimal import Decimal
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(3 - 4j), abs(True), abs(-(10 ** 30)), abs(Fraction(-1, 3)), abs(Decimal("-1.5")))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-1e-300, 1.0), divmod(10 ** 20, 7), divmod(True, 2))
print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(-1, 0.5), pow(5, 3, 13), pow(5, -1, 13), pow(2, 100, 10 ** 9 + 7), pow(base=3, exp=2), pow(2, 3, mod=5))
print(pow(0, 0), pow(0.0, 0), pow(Fraction(2, 3), 2), pow(1j, 2))
calls = [
    lambda: abs(), lambda: abs(1, 2), lambda: abs("x"), lambda: abs(x=1),
    lambda: divmod(1), lambda: divmod(1, 2, 3), lambda: divmod("a", 1), lambda: divmod(1, 0), lambda: divmod(1.0, 0.0), lambda: divmod(1j, 1),
    lambda: pow(), lambda: pow(1), lambda: pow(1, 2, 3, 4), lambda: pow("a", 2), lambda: pow(2, 3, 1.5), lambda: pow(2, -1, 4), lambda: pow(2, 2, 0),
    lambda: pow(0, -1), lambda: pow(2, 0.5, 3), lambda: pow(x=1, y=2),
]
for c in calls:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
class A:
    def __abs__(self):
        return "custom abs"
    def __divmod__(self, o):
        return ("divmod", o)
    def __rdivmod__(self, o):
        return ("rdivmod", o)
    def __pow__(self, o, m=None):
        return ("pow", o, m)
    def __rpow__(self, o, m=None):
        return ("rpow", o, m)
print(abs(A()), divmod(A(), 1), divmod(1, A()), pow(A(), 2), pow(A(), 2, 3), pow(2, A()), A() ** 5, 5 ** A())
print(pow(2, A(), 3) if False else "3-arg rpow is not tried")
