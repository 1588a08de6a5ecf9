# cmath: every function on special values (C99 Annex G tables), branch cuts, and many deterministic inputs.
import cmath
import math

seed = 4242
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed >> (64 - n)

def uniform(lo, hi):
    return lo + (hi - lo) * (rnd(53) / 2**53)

def show(name, fn, *args):
    try:
        r = fn(*args)
    except Exception as e:
        print(name, args, '->', type(e).__name__, e)
    else:
        print(name, args, '->', repr(r))

inf = float('inf')
nan = float('nan')
parts = [-inf, -2.5, -0.0, 0.0, 1.0, inf, nan]
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh']
for name in names:
    fn = getattr(cmath, name)
    for re in parts:
        for im in parts:
            show(name, fn, complex(re, im))
    for i in range(60):
        show(name, fn, complex(uniform(-4, 4), uniform(-4, 4)))
    for z in [1e300 + 1e300j, 1e-310 + 1e-310j, complex(1, 1e-200), complex(-1, -0.0), complex(-1, 0.0), 2.0, -2.0, 5, 1j, 0.5j,
              complex(1e308, 0), complex(0, 1e308), complex(700, 1), complex(-700, 1), complex(710, 1), complex(1, 710)]:
        show(name, fn, z)
for z in [0j, 1 + 1j, -1 - 1j, complex(-0.0, 0.0), complex(-0.0, -0.0), complex(inf, nan), complex(nan, inf), 1e308 + 1e308j, -3, 2.5]:
    show('phase', cmath.phase, z)
    show('polar', cmath.polar, z)
    show('isfinite', cmath.isfinite, z)
    show('isinf', cmath.isinf, z)
    show('isnan', cmath.isnan, z)
for r in [-inf, -2.0, -0.0, 0.0, 3.0, inf, nan]:
    for phi in [-inf, -1.0, -0.0, 0.0, 2.0, inf, nan]:
        show('rect', cmath.rect, r, phi)
for i in range(40):
    show('rect', cmath.rect, uniform(-10, 10), uniform(-10, 10))
    show('log', cmath.log, complex(uniform(-10, 10), uniform(-10, 10)), complex(uniform(0, 10), uniform(-1, 1)))
show('log', cmath.log, 8, 2)
show('log', cmath.log, 0)
show('log', cmath.log, 1, 1)
show('log', cmath.log, 10, 0)
show('log', cmath.log, 'a')
show('sqrt', cmath.sqrt, 'a')
show('exp', cmath.exp, 10**400)
for a, b, kw in [(1 + 1j, 1 + 1.000000001j, {}), (1j, 1.1j, {}), (1j, 1.1j, {'rel_tol': 0.2}), (0j, 1e-10j, {'abs_tol': 1e-9}),
                 (complex(inf, 0), complex(inf, 0), {}), (complex(nan, 0), complex(nan, 0), {}), (1, 1, {'rel_tol': -1})]:
    show(f'isclose{a, b, kw}', lambda x, y: cmath.isclose(x, y, **kw), a, b)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
class Cx:
    def __complex__(self): return 1 + 2j
class Fl:
    def __float__(self): return 0.5
show('sqrt(Cx())', lambda: cmath.sqrt(Cx()))
show('sqrt(Fl())', lambda: cmath.sqrt(Fl()))
