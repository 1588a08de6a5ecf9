# timedelta: normalization, float components, arithmetic, rounding, comparisons, reprs
from datetime import timedelta as td
vals = [td(), td(1), td(0, 1), td(0, 0, 1), td(-1), td(days=1, hours=25, minutes=61, seconds=61), td(weeks=1.5, days=-0.25),
        td(microseconds=2.5), td(microseconds=3.5), td(milliseconds=-1.0005), td(hours=1/3)]
for v in vals:
    print(repr(v), str(v), v.total_seconds(), v.days, v.seconds, v.microseconds, bool(v))
a, b = td(1, 3600, 5), td(0, 7, 3)
print(a + b, a - b, b - a, -a, abs(-a), a * 3, 2.5 * b, a / b, a // b, a % b, divmod(a, b), a / 7, a // 7, b * 0.1)
print(sorted(vals)[:3], max(vals), min(vals), a > b, a == td(0, 90000, 5), hash(td(1)) == hash(td(hours=24)))
for bad in (lambda: td(days=10**9), lambda: td.max + td(1), lambda: a / 0, lambda: a // td(), lambda: a + 1, lambda: td('1'), lambda: a < 1):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(td.min, td.max, td.resolution, repr(td.max))
