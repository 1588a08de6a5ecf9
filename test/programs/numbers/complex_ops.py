# complex: repr/str, arithmetic with CPython's algorithms (3.14 mixed-mode rules, Annex G recovery),
# power, abs, comparisons, errors.
def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r), type(r).__name__)

inf = float('inf')
nan = float('nan')
reprs = [0j, -0j, 1j, -1j, complex(0, 0), complex(-0.0, 0), complex(0, -0.0), complex(-0.0, -0.0), complex(1, 0),
         complex(1, -0.0), complex(-1, 2), complex(1.5, -2.25), complex(inf, 0), complex(0, inf), complex(-inf, -inf),
         complex(nan, 0), complex(0, nan), complex(nan, -nan), complex(1e16, 1e-5), complex(1e300, -1e-300),
         complex(5e-324, 1e22), complex(-0.0, nan), complex(2, 1e17)]
for c in reprs:
    print(repr(c), str(c), c.real, c.imag, c.conjugate(), abs(c) if c == c else 'nan', bool(c), f'{c}')

vals = [0j, 1j, -1j, complex(1, 2), complex(-3, 0.5), complex(1e300, 1e300), complex(1e-300, -1e-300),
        complex(inf, 0), complex(0, inf), complex(inf, inf), complex(nan, 1), complex(1, nan), complex(-0.0, -0.0),
        2, -0.0, 0.0, 1.5, inf, nan, True, 10**400]
ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b), ('/', lambda a, b: a / b)]
for a in vals:
    for b in vals:
        if not isinstance(a, complex) and not isinstance(b, complex):
            continue
        for name, f in ops:
            show(f'{a!r} {name} {b!r}', f, a, b)
for a in vals:
    if isinstance(a, complex):
        show(f'-{a!r}', lambda x: -x, a)
        show(f'+{a!r}', lambda x: +x, a)
        show(f'abs({a!r})', abs, a)
        show(f'{a!r} // 2', lambda x: x // 2, a)
        show(f'{a!r} % 2', lambda x: x % 2, a)
        show(f'divmod({a!r}, 2)', divmod, a, 2)
        show(f'{a!r} < 1', lambda x: x < 1, a)
        show(f'int({a!r})', int, a)
        show(f'float({a!r})', float, a)

pows = [(1j, 2), (1j, -1), (complex(1, 1), 10), (complex(1, 1), 0.5), (complex(1, 1), 100), (complex(1, 1), 101),
        (complex(1, 1), -100), (0j, 0), (0j, -1), (0j, 1j), (0j, 2), (0j, complex(-1, 0)), (2, 1j), (-8, 1/3),
        (complex(1e200, 1e200), 2), (complex(1e200, 0), 2.5), (complex(2, 3), complex(4, 5)), (1j, 1j), (-1, 0.5),
        (complex(inf, 0), 2), (complex(0.5, 0.5), 1000), (complex(1, 1), 3.0), (complex(3, 4), -2), (10, 1j * 1000),
        (complex(1e-200, 0), 3), (complex(-2, 0), 0.5), (2.0, complex(0, 1e-300)), (1j, 1e300)]
for a, b in pows:
    show(f'{a!r} ** {b!r}', lambda x, y: x ** y, a, b)
show('pow(1j, 2, 3)', pow, 1j, 2, 3)

eqs = [(1 + 0j, 1), (1 + 0j, 1.0), (1 + 1j, 1), (complex(2**53, 0), 2**53 + 1), (complex(1e300, 0), 10**300),
       (complex(nan, 0), nan), (0j, -0.0), (1j, 1j), (complex(1, 0), True), (1j, 'a'), (1j, None)]
for a, b in eqs:
    show(f'{a!r} == {b!r}', lambda x, y: (x == y, x != y, y == x), a, b)
show('1j < 2j', lambda: 1j < 2j)
show('1j > 2', lambda: 1j > 2)

class C(complex):
    pass
c = C(1, 2)
show('C ops', lambda: (c, type(c).__name__, c + 1, type(c + 1).__name__, type(-c).__name__, type(+c).__name__,
                        c.real, c.conjugate(), type(c.conjugate()).__name__, complex(c), type(complex(c)).__name__))
class D(complex):
    def __repr__(self): return 'D!'
show('D', lambda: (repr(D(1)), str(D(1)), f'{D(1)}', format(D(1), '.1f')))
show('hash equalities', lambda: (hash(1 + 0j) == hash(1), hash(complex(1.5, 0)) == hash(1.5), hash(0j) == 0))
show('(1+2j).__getnewargs__()', (1 + 2j).__getnewargs__)
show('complex.__complex__(1j)', complex.__complex__, 1j)
