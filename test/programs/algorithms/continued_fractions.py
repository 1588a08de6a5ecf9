# continued fractions and rational approximations with Fraction and exact integer arithmetic
from fractions import Fraction
import math
def cf(x, n=12):
    out = []
    for _ in range(n):
        a = math.floor(x)
        out.append(a)
        frac = x - a
        if frac == 0:
            break
        x = 1 / frac
    return out
def convergents(terms):
    h0, h1, k0, k1 = 0, 1, 1, 0
    for a in terms:
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        yield Fraction(h1, k1)
print(cf(Fraction(415, 93)), cf(Fraction(math.pi), 8), cf(Fraction(2).sqrt() if hasattr(Fraction, "sqrt") else Fraction(14142135623730951, 10 ** 16), 10))
print([str(c) for c in convergents(cf(Fraction(math.pi), 6))])
def sqrt2_cf(n):
    return [1] + [2] * n
print([str(c) for c in convergents(sqrt2_cf(8))], float(list(convergents(sqrt2_cf(20)))[-1]))
e_terms = [2] + [x for k in range(1, 8) for x in (1, 2 * k, 1)]
approx = list(convergents(e_terms))[-1]
print(approx, float(approx), abs(float(approx) - math.e) < 1e-12)
print(Fraction(math.pi).limit_denominator(1000), Fraction(math.e).limit_denominator(100), Fraction("3.1415926535").limit_denominator(10 ** 6))
