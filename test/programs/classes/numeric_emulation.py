# emulating numbers: every numeric dunder including in-place, reflected, conversions and rounding hooks
import math
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"N({self.v})"
    def _wrap(op):
        def f(self, other):
            o = other.v if isinstance(other, N) else other
            return N(op(self.v, o))
        return f
    def _rwrap(op):
        def f(self, other):
            return N(op(other, self.v))
        return f
    import operator as _op
    __add__ = _wrap(_op.add); __radd__ = _rwrap(_op.add)
    __sub__ = _wrap(_op.sub); __rsub__ = _rwrap(_op.sub)
    __mul__ = _wrap(_op.mul); __rmul__ = _rwrap(_op.mul)
    __truediv__ = _wrap(_op.truediv); __rtruediv__ = _rwrap(_op.truediv)
    __floordiv__ = _wrap(_op.floordiv); __rfloordiv__ = _rwrap(_op.floordiv)
    __mod__ = _wrap(_op.mod); __rmod__ = _rwrap(_op.mod)
    __pow__ = _wrap(_op.pow); __rpow__ = _rwrap(_op.pow)
    __lshift__ = _wrap(_op.lshift); __rlshift__ = _rwrap(_op.lshift)
    __rshift__ = _wrap(_op.rshift); __rrshift__ = _rwrap(_op.rshift)
    __and__ = _wrap(_op.and_); __rand__ = _rwrap(_op.and_)
    __or__ = _wrap(_op.or_); __ror__ = _rwrap(_op.or_)
    __xor__ = _wrap(_op.xor); __rxor__ = _rwrap(_op.xor)
    def __divmod__(self, o):
        return divmod(self.v, o)
    def __neg__(self):
        return N(-self.v)
    def __pos__(self):
        return N(+self.v)
    def __abs__(self):
        return N(abs(self.v))
    def __invert__(self):
        return N(~self.v)
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __complex__(self):
        return complex(self.v)
    def __index__(self):
        return int(self.v)
    def __round__(self, n=None):
        return N(round(self.v, n))
    def __trunc__(self):
        return N(math.trunc(self.v))
    def __floor__(self):
        return N(math.floor(self.v))
    def __ceil__(self):
        return N(math.ceil(self.v))
    def __iadd__(self, o):
        self.v += o
        return self
a = N(7)
print(a + 1, 1 + a, a - 2, 10 - a, a * 3, 3 * a, a / 2, 14 / a, a // 2, 15 // a, a % 4, 15 % a, a ** 2, 2 ** a)
print(a << 1, 1 << a, a >> 1, 256 >> a, a & 3, 3 & a, a | 8, 8 | a, a ^ 1, 1 ^ a, divmod(a, 2), -a, +a, abs(N(-3)), ~a)
print(int(a), float(a), complex(a), [0, 1, 2, 3, 4, 5, 6, 7, 8][a], bin(a), hex(a), round(N(2.567), 1), round(N(2.5)), math.trunc(N(-2.7)), math.floor(N(2.7)), math.ceil(N(2.1)))
b = a
b += 10
print(a, b is a)
b -= 1
print(a, b, b is a)
print(sum([N(1), N(2)], N(0)), sorted([3, 1]) if False else "ok", pow(N(2), 5))
print(range(N(3)), "ab" * N(2), operator_index := __import__("operator").index(N(5)))
