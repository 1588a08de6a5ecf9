# math: fsum, hypot, dist, sumprod, prod, isclose, nextafter, ulp, frexp, ldexp, modf, fma, log with ints and
# bases, ceil/floor/trunc protocols, constants.
import math

seed = 99
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed >> (64 - n)

def uniform(lo, hi):
    return lo + (hi - lo) * (rnd(53) / 2**53)

def show(label, fn, *args, **kw):
    try:
        r = fn(*args, **kw)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

inf = float('inf')
nan = float('nan')
print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
fsums = [[], [0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [1e308, 1e308, -1e308], [1e308, -1e308, 1e308],
         [inf, 1.0], [inf, -inf], [nan, 1.0], [inf, inf], [-0.0, -0.0], [-0.0, 0.0], [1, 2, 3], [2**60, 0.5, -2**60],
         [1e-16, 1, 1e16], [1.0, 1e-16, 1e-16, 1e-16], [0.3, -0.1, -0.1, -0.1], [10**400], ['a'], [1.5, True]]
for s in fsums:
    show(f'fsum({s!r})', math.fsum, s)
for trial in range(40):
    xs = [uniform(-1, 1) * 2.0 ** rnd(6) for _ in range(rnd(6))]
    show('fsum(random)', math.fsum, xs)
    show('sum(random)', sum, xs)
for args in [(), (3,), (-3,), (3, 4), (3, 4, 12), (1e308, 1e308), (5e-324, 5e-324), (inf, nan), (nan, 1), (-0.0,), (1, 2, 3, 4, 5),
             (1e-320, 2e-320), (2.0**-1070, 2.0**-1072), (1e200, 1e-200), ('a',), (10**400,)]:
    show(f'hypot{args!r}', math.hypot, *args)
for trial in range(80):
    n = 1 + rnd(3)
    args = [uniform(-100, 100) for _ in range(n)]
    show('hypot(random)', math.hypot, *args)
for p, q in [((0, 0), (3, 4)), ((1, 2, 3), (4, 5, 6)), ((1,), (1, 2)), ([1.5], [2.5]), ((1, 2), 5), ((), ()),
             ((inf,), (inf,)), (('a',), (1,))]:
    show(f'dist({p!r}, {q!r})', math.dist, p, q)
show('dist(iter([1, 2]), (3, 4))', math.dist, iter([1, 2]), (3, 4))
for trial in range(40):
    n = 1 + rnd(3)
    show('dist(random)', math.dist, [uniform(-10, 10) for _ in range(n)], [uniform(-10, 10) for _ in range(n)])
for p, q in [([1, 2, 3], [4, 5, 6]), ([0.1, 0.2, 0.3], [1, 1, 1]), ([1.5, 2], [True, False]), ([10**20, 2], [10**20, 3]),
             ([2**62, 2**62], [2, 2]), ([1], [1, 2]), ([], []), ([1e308, 1e308], [10, -10]), ([inf, 1], [1, 1]),
             ([1j, 2], [3, 4]), ([1.0, 2.0], [3, 2**70]), (['a'], [2]), ([0.1] * 10, [0.1] * 10), ([1e16, 1.0, -1e16], [1.0, 1.0, 1.0])]:
    show(f'sumprod({p!r}, {q!r})', math.sumprod, p, q)
for trial in range(30):
    n = rnd(5)
    show('sumprod(random)', math.sumprod, [uniform(-10, 10) for _ in range(n)], [uniform(-10, 10) for _ in range(n)])
for it, kw in [([1, 2, 3, 4], {}), ([], {}), ([], {'start': 5}), ([2.5, 4], {}), ([1, 2], {'start': 0.5}), (['a', 3], {}), ([3, 'a'], {}),
               ([2**40, 2**40, 2**40], {}), ([[1], 3], {}), ([True, True], {})]:
    show(f'prod({it!r}, **{kw!r})', math.prod, it, **kw)
show('prod(start=2)', math.prod, [3], start=2)
for a, b, kw in [(1.0, 1.0 + 1e-10, {}), (1.0, 1.1, {}), (1.0, 1.1, {'rel_tol': 0.2}), (0.0, 1e-10, {}), (0.0, 1e-10, {'abs_tol': 1e-9}),
                 (inf, inf, {}), (inf, -inf, {}), (nan, nan, {}), (1, 1, {'rel_tol': -1}), (1, 2, {'abs_tol': -1}), (1, 2, {'x': 1})]:
    show(f'isclose({a!r}, {b!r}, **{kw!r})', math.isclose, a, b, **kw)
show('isclose(1, 2, 3)', math.isclose, 1, 2, 3)
for x, y in [(1.0, 2.0), (1.0, 0.0), (0.0, 1.0), (0.0, -1.0), (-0.0, 0.0), (0.0, -0.0), (1.0, 1.0), (inf, 0.0), (5e-324, 0.0), (nan, 1.0),
             (1.7976931348623157e308, inf), (-1.0, -2.0)]:
    show(f'nextafter({x!r}, {y!r})', math.nextafter, x, y)
    for steps in [0, 1, 2, 10, 2**52, 2**64, 2**100]:
        show(f'nextafter({x!r}, {y!r}, steps={steps})', math.nextafter, x, y, steps=steps)
show('nextafter steps=-1', math.nextafter, 1.0, 2.0, steps=-1)
show('nextafter steps=1.0', math.nextafter, 1.0, 2.0, steps=1.0)
show('nextafter(1.0, 2.0, 3)', math.nextafter, 1.0, 2.0, 3)
for x in [0.0, -0.0, 1.0, 2.0, 1e300, 5e-324, 1.7976931348623157e308, inf, nan, -3.5, 1e-310, 2.0**-1022]:
    show(f'ulp({x!r})', math.ulp, x)
    show(f'frexp({x!r})', math.frexp, x)
    show(f'modf({x!r})', math.modf, x)
for x, i in [(1.0, 1024), (0.5, 1024), (1.0, -1074), (1.0, -1075), (1.5, -1075), (3.0, -1076), (1.0, 10**30), (1.0, -10**30), (0.0, 5),
             (inf, -3), (nan, 2), (1.0, 2.5), (1.0, True), (-2.5, -1070), (1.75, -1074), (1.25, -1073), (1.0, 2**64)]:
    show(f'ldexp({x!r}, {i!r})', math.ldexp, x, i)
for trial in range(60):
    x = uniform(-10, 10)
    show('frexp/ldexp', lambda v: (math.frexp(v), math.ldexp(*math.frexp(v)) == v), x)
for x, y, z in [(2.0, 3.0, 1.0), (0.1, 10.0, -1.0), (1e308, 10.0, -inf), (1e308, 10.0, 0.0), (inf, 0.0, 1.0), (inf, 1.0, -inf), (nan, 1.0, 1.0),
                (-0.0, 1.0, 0.0), (0.0, -1.0, -0.0), (1e-300, 1e-300, 0.0), (1.0 + 2**-52, 1.0 - 2**-53, -1.0), (3, 5, 7), (2**-1074, 0.5, 0.0),
                (1e200, 1e200, -inf), (2.0, 0.5, -1.0)]:
    show(f'fma({x!r}, {y!r}, {z!r})', math.fma, x, y, z)
for trial in range(60):
    show('fma(random)', math.fma, uniform(-10, 10), uniform(-10, 10), uniform(-100, 100))
for args in [(100,), (2**1100,), (10**400,), (10**400, 10), (2**2000, 2), (8, 2), (1, 10), (0,), (-5,), (-(10**400),), (1.5, 0.5),
             (100, 1), (10, 0), (0.0,), (-1.0,), (inf,), (nan,), (), (1, 2, 3), ('a',), (True,), (3**1000, 3), (10**1000, 10**500)]:
    show(f'log{args!r}', math.log, *args)
for x in [8, 2**1100, 10**400, 0, -1, 1.0, 2.0**-1074, 0.1, 10**23, 2**53 + 1]:
    show(f'log2({x!r})', math.log2, x)
    show(f'log10({x!r})', math.log10, x)

class Ceil:
    def __ceil__(self): return 'c'
    def __floor__(self): return 'f'
    def __trunc__(self): return 't'
    def __float__(self): return 1.5
class OnlyFloat:
    def __float__(self): return -2.5
class FSub(float):
    def __ceil__(self): return 'sub-ceil'
for x in [1.5, -1.5, 2, -2, 10**30, True, 1e300, inf, nan, Ceil(), OnlyFloat(), FSub(0.5), 'a', 2.0**60 + 0.5]:
    for name in ['ceil', 'floor', 'trunc']:
        show(f'{name}({x!r})' if not isinstance(x, (Ceil, OnlyFloat)) else f'{name}({type(x).__name__})', getattr(math, name), x)
print([n for n in dir(math) if n[0] != '_'])
print(math.sqrt.__text_signature__, math.isclose.__text_signature__, math.nextafter.__text_signature__, math.prod.__text_signature__)
