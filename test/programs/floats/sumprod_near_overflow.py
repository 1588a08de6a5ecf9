# math.sumprod accumulates float products exactly, even when a product is near the largest float.
import math, sys

b = sys.float_info.max
s = 2.0 ** -512
x = s * b
h = math.sqrt(x * x)
print(x, h, x * x)
print(math.sumprod((x, h), (x, -h)))
print(math.sumprod((1e300, 1e300), (1e300, -1e300)))
print(math.sumprod((1.0, 2.0), (3.0, 4.0)), math.sumprod([1, 2], [3, 4]), math.sumprod((0.1, 0.2), (0.3, -0.4)))
import statistics
print(statistics._sqrtprod(b, b), statistics._sqrtprod(5e-324, 5e-324))
print(statistics.correlation([1, 2, 3, 4], [2, 4, 5, 9]))
