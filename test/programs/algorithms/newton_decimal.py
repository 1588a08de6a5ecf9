# Newton's method for square roots with Decimal at high precision and with floats; bisection root finding
from decimal import Decimal, getcontext
getcontext().prec = 50
def sqrt_newton(n, iterations=30):
    x = Decimal(n)
    for _ in range(iterations):
        x = (x + Decimal(n) / x) / 2
    return x
print(sqrt_newton(2), sqrt_newton(10), sqrt_newton(2) ** 2)
def f(x):
    return x ** 3 - 2 * x - 5
def bisect_root(lo, hi, tol=1e-12):
    steps = 0
    while hi - lo > tol:
        mid = (lo + hi) / 2
        if f(lo) * f(mid) <= 0:
            hi = mid
        else:
            lo = mid
        steps += 1
    return round((lo + hi) / 2, 10), steps
print(bisect_root(2, 3))
def newton_float(g, dg, x0, n=8):
    xs = [x0]
    for _ in range(n):
        xs.append(xs[-1] - g(xs[-1]) / dg(xs[-1]))
    return xs
print([round(v, 12) for v in newton_float(f, lambda x: 3 * x * x - 2, 2.0)])
