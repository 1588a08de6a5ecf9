# unary operators: -, +, ~, not, abs; on builtins and custom classes
class U:
    def __neg__(self):
        return "neg"
    def __pos__(self):
        return "pos"
    def __invert__(self):
        return "invert"
    def __abs__(self):
        return "abs"
u = U()
print(-u, +u, ~u, abs(u), not u)
print(-5, +5, ~5, ~-1, -(-5), -0, +0.0, -0.0, ~True, -True, +False, not 0, not "")
print(-(2 ** 70), ~(2 ** 70), abs(-(2 ** 70)), abs(-3.5), abs(-0.0), abs(3 + 4j))
for op, f in [("-", lambda x: -x), ("+", lambda x: +x), ("~", lambda x: ~x), ("abs", abs)]:
    for v in ["s", [1], None, 1.5]:
        try:
            print(op, repr(v), "->", f(v))
        except TypeError as e:
            print(op, repr(v), "->", type(e).__name__, e)
class N:
    pass
try:
    -N()
except TypeError as e:
    print(type(e).__name__, e)
import operator
print(operator.neg(3), operator.pos(-3), operator.invert(0), operator.not_(1), operator.truth([]))
x = 5
print(- - x, ~~x, not not x, -+-x)
print(type(+True).__name__, type(-True).__name__, type(~False).__name__)
from fractions import Fraction
from decimal import Decimal
print(-Fraction(1, 3), abs(Fraction(-2, 4)))
