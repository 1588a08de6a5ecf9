# cmath and the numbers ABCs
import cmath, numbers
from fractions import Fraction
from decimal import Decimal
print(cmath.sqrt(-1), cmath.sqrt(2j), cmath.exp(1j * cmath.pi), cmath.phase(-1), cmath.polar(1j), cmath.rect(2, cmath.pi / 2), cmath.log(-1))
print(cmath.isclose(cmath.exp(1j * cmath.pi), -1), cmath.isfinite(1 + 1j), cmath.isinf(complex(float("inf"), 0)), cmath.isnan(complex(0, float("nan"))))
print(cmath.sin(1 + 1j), cmath.cosh(1j), cmath.atan(2j) if False else cmath.atan(0.5j), cmath.log10(100), cmath.pi, cmath.inf, cmath.infj)
for v in [1, 1.5, 1j, Fraction(1, 2), Decimal("1.5"), True]:
    print(type(v).__name__, isinstance(v, numbers.Number), isinstance(v, numbers.Complex), isinstance(v, numbers.Real), isinstance(v, numbers.Rational), isinstance(v, numbers.Integral))
try:
    cmath.log(0)
except ValueError as e:
    print(type(e).__name__, e)
print(complex(1, 2).conjugate(), (3 + 4j).real, (3 + 4j).imag, abs(3 + 4j), (1 + 2j) * (3 - 1j), (1 + 2j) / (3 - 4j), (1j) ** 2, (2 + 0j) ** 0.5)
