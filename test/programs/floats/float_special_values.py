# inf and nan arithmetic, comparisons, signs of zero, copysign, isnan/isinf, and integer conversion errors
import math
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1, 1 / inf, -1 / inf, inf > 10 ** 1000, nan != nan, nan == nan)
print(math.copysign(1, -0.0), math.copysign(1, 0.0), -0.0 == 0.0, repr(-0.0 * 1), repr(0.0 * -1), repr(-0.0 + 0.0), repr(-0.0 - 0.0), repr(abs(-0.0)))
print(math.isnan(nan), math.isinf(-inf), math.isfinite(nan), max(nan, 1), min(1, nan), sorted([2.0, 1.0]), inf == inf, -inf < inf)
print(nan ** 0, 1 ** nan, inf ** 0, 0 ** 0.0, (-inf) ** 3, (-inf) ** 2, inf % 2 if False else "skip", math.fmod(5.0, inf))
for f in (lambda: int(inf), lambda: int(nan), lambda: round(inf), lambda: math.floor(nan), lambda: inf // 1 if False else 1 % 0.0, lambda: divmod(inf, 1)):
    try:
        print(f())
    except (OverflowError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(hash(inf), hash(-inf), hash(0.0) == hash(-0.0), {0.0: "a", -0.0: "b"}, math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0))
