# math functions with exact outputs
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.exp(1), math.log(10), math.log(8, 2), math.log1p(1e-10), math.expm1(1e-10), math.log10(1000), math.log2(1024))
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.asin(1), math.acos(0), math.atan(1), math.atan2(1, -1), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5), math.degrees(math.pi), math.radians(180))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.fabs(-3), math.copysign(3, -0.0), math.fmod(-7, 3), math.remainder(7, 3), math.modf(-3.25), math.frexp(10.0), math.ldexp(0.625, 4))
print(math.gcd(12, 18, 24), math.lcm(4, 6), math.factorial(10), math.comb(10, 3), math.perm(5), math.prod([1, 2, 3, 4]), math.prod([]), math.isqrt(99), math.dist([0, 0], [3, 4]))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.isclose(1.0, 1.0 + 1e-10), math.gamma(5), math.lgamma(10), math.erf(0.5), math.erfc(0.5))
print(math.fsum([1e100, 1.0, -1e100, 1e-100]), math.sumprod([1, 2, 3], [4, 5, 6]), math.cbrt(27), math.exp2(10), math.fma(2.0, 3.0, 1.0))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.acos(2), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.exp(1000),
            lambda: math.comb(-1, 2), lambda: math.isqrt(-1), lambda: math.gcd(1.5), lambda: math.pow(0, -1), lambda: math.fmod(1, 0), lambda: math.ldexp(1.0, 10000)]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(math.floor(1e300), math.ceil(-0.5), type(math.floor(1.5)).__name__, math.pow(2, 0.5), math.pow(-2, 3), math.pow(1, math.inf), math.pow(math.nan, 0))
