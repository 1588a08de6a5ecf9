# float arithmetic: operators, divmod/floor division/modulo, pow special cases, comparisons with ints.
def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        # An errno-style OverflowError names the platform's errno: (34, ...) on Linux, (68, ...) under Emscripten.
        print(label, '->', type(e).__name__, 'errno' if len(e.args) == 2 else e)
    else:
        print(label, '->', repr(r), type(r).__name__)

inf = float('inf')
nan = float('nan')
vals = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 3.0, 7.5, -7.5, 1e300, -1e-300, 5e-324, inf, -inf, nan, 2**0.5, 1e16, 3, -4, 0]
ops = [
    ('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b), ('/', lambda a, b: a / b),
    ('//', lambda a, b: a // b), ('%', lambda a, b: a % b), ('divmod', lambda a, b: divmod(a, b)),
    ('**', lambda a, b: a ** b),
]
for a in vals:
    for b in vals:
        if type(a) is int and type(b) is int:
            continue
        for name, f in ops:
            show(f'{a!r} {name} {b!r}', f, a, b)
for a in vals:
    if type(a) is float:
        show(f'-{a!r}', lambda x: -x, a)
        show(f'+{a!r}', lambda x: +x, a)
        show(f'abs({a!r})', abs, a)
        show(f'bool({a!r})', bool, a)
        show(f'int({a!r})', int, a)

pows = [(2.0, 0.5), (-8.0, 1/3), (-8.0, 3.0), (-8.0, -3.0), (-2.0, 0.5), (10.0, -5), (10.0, 308.0), (10.0, 309.0),
        (2.0, -1074.0), (2.0, -1075.0), (2.0, 1023.0), (2.0, 1024.0), (-2.0, 1025.0), (1.0000001, 1e7), (0.0, -1.0),
        (-0.0, -1.0), (-0.0, 3.0), (-0.0, 2.0), (-0.0, 0.5), (-1.0, inf), (-1.0, -inf), (-1.0, 1e300), (-1.0, 1e300 + 1),
        (0.5, inf), (0.5, -inf), (2.0, inf), (2.0, -inf), (-inf, 3.0), (-inf, 2.0), (-inf, -3.0), (-inf, -2.0),
        (-inf, 0.5), (inf, -0.5), (nan, 0.0), (1.0, nan), (nan, 1.0), (-1.5, 2.5), (3.0, 34.0), (3.0, 35.0), (7.0, 19.0),
        (1.1, 1000.0), (0.9, 10000.0), (2.5, -400.0), (1e-300, 2.0), (1e200, 2.0), (1.5, 1e-320), (9.0, 1.5),
        (0.1, 3.0), (1.001, 712345.0), (123.456, 7.89), (-2.0, 3), (2, 0.5), (2, -1), (10, -2), (-3, 0.5)]
for a, b in pows:
    show(f'{a!r} ** {b!r}', lambda x, y: x ** y, a, b)
    show(f'pow({a!r}, {b!r})', pow, a, b)
show('pow(2.0, 3, 5)', pow, 2.0, 3, 5)
show('pow(2.0, 3.0, None)', pow, 2.0, 3.0, None)

# exact comparisons between floats and ints
ints = [0, 1, -1, 2**53, 2**53 + 1, -(2**53 + 1), 2**63, 2**1023, 2**1024, 10**400, -(10**400), 9007199254740993]
floats = [0.0, -0.0, 1.0, 2.0**53, 2.0**53 + 2, 9007199254740992.0, 2.0**63, 8.98846567431158e307, 1.7976931348623157e308,
          inf, -inf, nan, 0.5, 1.5, -1.5, 1e300]
for i in ints:
    for f in floats:
        print(i, f, i == f, i < f, i > f, i <= f, f >= i, f != i, f < i)
print(2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, float(2**53 + 1) == 2.0**53)
print(1 == 1.0, True == 1.0, False == 0.0, 1.0 == True, -0.0 == 0, 0.1 + 0.2 == 0.3)
print(nan == nan, nan != nan, nan < 1, [nan] == [nan], nan in [nan])

# floor division and modulo corner cases
for a, b in [(-0.0, 1.0), (0.0, -1.0), (1e-300, -1e300), (-1e-300, 1e300), (5.0, -inf), (-5.0, inf), (5.0, inf),
             (inf, 5.0), (0.1, 0.01), (1.0, 0.1), (-1.0, 0.1), (7, 0.5), (2**60, 0.1), (1e308, 1e-308), (3.5, 0.0), (3.5, 0)]:
    show(f'divmod({a!r}, {b!r})', divmod, a, b)
    show(f'{a!r} // {b!r}', lambda x, y: x // y, a, b)
    show(f'{a!r} % {b!r}', lambda x, y: x % y, a, b)
# overflow and huge ints
for a, b in [(1e308, 10), (10**400, 1.0), (1.0, 10**400), (2**1024, 2.0), (1e308, 10**309)]:
    for name, f in ops:
        show(f'{a!r} {name} {b!r}', f, a, b)
# float subclass arithmetic returns float
class F(float):
    pass
x = F(2.5)
show('F + 1', lambda: (x + 1, type(x + 1).__name__, type(-x).__name__, type(+x).__name__, type(abs(x)).__name__))
show('F ops', lambda: (x * x, x // 2, x % 2, x ** 2, divmod(x, 1), 1 / x, x.real, type(x.real).__name__))
show('F repr', lambda: (repr(x), str(x), x == 2.5, hash(x) == hash(2.5), x.conjugate(), type(x.conjugate()).__name__))
class G(float):
    def __repr__(self): return 'G!'
show('G', lambda: (repr(G(1)), str(G(1)), f'{G(1)}', format(G(1), '.2f')))
