# math's integer functions: gcd, lcm, isqrt, factorial, comb, perm, with their errors.
import math

def show(label, fn, *args):
    try:
        r = fn(*args)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

cases = [(), (0,), (5,), (-5,), (12, 18), (-12, 18), (0, 0), (0, 7), (2**100, 2**60 * 3), (10**40, 10**30 + 10), (12, 18, 27),
         (3, 5, 7), (True, 4), (2**64 + 2, 2**63 + 1), (1.5, 2), (2, '3'), (6, 10, 15, 0), (-(2**90), 2**80)]
for c in cases:
    show(f'gcd{c!r}', math.gcd, *c)
    show(f'lcm{c!r}', math.lcm, *c)
for n in [0, 1, 2, 3, 4, 15, 16, 17, 24, 25, 99, 100, 2**52, 2**52 + 1, 2**53 - 1, 2**53, 2**53 + 1, 2**64 - 1, 10**30, 10**31 - 1,
          (2**60 + 1)**2, (2**60 + 1)**2 - 1, 10**200, -1, 1.5, True, '4']:
    show(f'isqrt({n!r})', math.isqrt, n)
for n in list(range(0, 30)) + [50, 100, 170, 171, 300, -1, 1.0, 2.5, True, '5', -2**70]:
    show(f'factorial({n!r})', math.factorial, n)
show('factorial(1000) digits', lambda: len(str(math.factorial(1000))))
for n, k in [(5, 2), (5, 0), (5, 5), (5, 6), (0, 0), (10, 3), (50, 25), (100, 50), (67, 33), (68, 34), (200, 100), (10**20, 3),
             (10**20, 10**20 - 2), (2**64, 2), (5, -1), (-5, 2), (5.0, 2), (5, 2.0), (True, True), (100, 99), (1000, 500),
             (2**100, 2**100 - 1), (2**100, 2**99), (30, 15)]:
    show(f'comb({n!r}, {k!r})', math.comb, n, k)
    show(f'perm({n!r}, {k!r})', math.perm, n, k)
show('comb(1000, 500) digits', lambda: len(str(math.comb(1000, 500))))
for n in [0, 5, 10, -1, 2.0]:
    show(f'perm({n!r})', math.perm, n)
    show(f'perm({n!r}, None)', math.perm, n, None)
show('comb(5)', math.comb, 5)
show('perm()', math.perm)
class Idx:
    def __index__(self): return 6
show('comb(Idx(), 2)', math.comb, Idx(), 2)
show('gcd(Idx(), 4)', math.gcd, Idx(), 4)
show('isqrt(Idx())', math.isqrt, Idx())
show('factorial(Idx())', math.factorial, Idx())
