# _statistics._normal_dist_inv_cdf (AS241) against the pure-Python version statistics.py keeps, and
# NormalDist.inv_cdf/quantiles, which use the native one.
import _statistics
import statistics
from statistics import NormalDist

f = _statistics._normal_dist_inv_cdf
print(f.__module__, f.__name__, f.__doc__, f.__text_signature__, _statistics.__doc__)
ps = [1e-300, 1e-20, 1e-9, 0.001, 0.0227501319481792, 0.07, 0.075, 0.0749999, 0.1, 0.25, 0.5 - 0.425,
      0.5 - 0.4250001, 0.3, 0.5, 0.5000001, 0.6, 0.9, 0.925, 0.975, 0.999, 1 - 1e-9, 1 - 2**-53]
for p in ps:
    print(repr(p), repr(f(p, 0.0, 1.0)), repr(f(p, 100, 15)), repr(f(p, -3.5, 0.25)))
print(NormalDist(100, 15).quantiles(10))
print([round(NormalDist().inv_cdf(i / 20), 12) for i in range(1, 20)])
print(f(0.3, 1, 2), f(True and 0.5, 2, 3), f(0.25, 1, 0))
print(f(float("nan"), 0, 1))
for bad in [(0.0, 0, 1), (1.0, 0, 1), (-0.5, 0, 1), (2, 0, 1)]:
    try:
        f(*bad)
    except ValueError as e:
        print('ValueError', e)
for bad in [('x', 0, 1), (0.5, None, 1), (0.5, 0, [])]:
    try:
        f(*bad)
    except TypeError as e:
        print('TypeError', e)
for args in [(), (0.5,), (0.5, 0), (0.5, 0, 1, 2)]:
    try:
        f(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    f(p=0.5, mu=0, sigma=1)
except TypeError as e:
    print('TypeError', e)
try:
    NormalDist(0, 1).inv_cdf(0)
except statistics.StatisticsError as e:
    print('StatisticsError', e)
