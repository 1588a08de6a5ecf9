# int arithmetic: every operator on small, boundary and huge values, with CPython's errors.
vals = [0, 1, -1, 2, -2, 3, 7, -7, 10, 255, -256, 2**31 - 1, -2**31, 2**53 - 1, 2**53, -2**53 - 1,
        2**63, -2**63, 2**64 + 1, 10**30, -10**30 + 7, 3**100, -(5**80), True, False]
ints = [v for v in vals if type(v) is int]
ops = [
    ('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b),
    ('//', lambda a, b: a // b), ('%', lambda a, b: a % b), ('/', lambda a, b: a / b),
    ('divmod', lambda a, b: divmod(a, b)), ('&', lambda a, b: a & b), ('|', lambda a, b: a | b),
    ('^', lambda a, b: a ^ b), ('<', lambda a, b: a < b), ('==', lambda a, b: a == b),
    ('>=', lambda a, b: a >= b), ('!=', lambda a, b: a != b),
]

def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r), type(r).__name__)

for a in vals:
    for b in vals:
        for name, f in ops:
            show(f'{a!r} {name} {b!r}', f, a, b)

for a in vals:
    if type(a) is int:
        show(f'~{a!r}', lambda x: ~x, a)
    show(f'-{a!r}', lambda x: -x, a)
    show(f'+{a!r}', lambda x: +x, a)
    show(f'abs({a!r})', abs, a)
    show(f'bool({a!r})', bool, a)
    show(f'float({a!r})', float, a)

shifts = [0, 1, 5, 31, 32, 52, 53, 63, 64, 100, 1000, -1, 2**64]
for a in [0, 1, -1, 5, -5, 2**53 - 1, -2**60, 10**20, -(10**20)]:
    for s in shifts:
        show(f'{a} << {s}', lambda x, y: x << y, a, s)
        show(f'{a} >> {s}', lambda x, y: x >> y, a, s)

pows = [(2, 10), (2, 100), (-2, 63), (3, -2), (0, 0), (0, -1), (-1, 2**70), (-1, 2**70 + 1), (10, -5),
        (7, 0), (2, -1075), (2, -1074), (10, 22), (10, 23), (-3, 33), (1, -7), (0, 5), (3, 34), (-3, 35),
        (5, 23), (7, 19), (6, -3), (2**60, -18), (2**60 + 1, -17), (3, -700), (10**100, -4)]
for a, b in pows:
    show(f'{a} ** {b}', lambda x, y: x ** y, a, b)
mods = [(2, 10, 1000), (3, 200, 13), (2, -1, 5), (2, -1, 4), (2, 3, 0), (2, 3, -7), (-2, 3, 7), (5, -3, 11),
        (0, 0, 1), (7, 2**100, 10**9 + 7), (2, 5, 1), (3, -2, -7), (10**20, 10**20, 97)]
for a, b, m in mods:
    show(f'pow({a}, {b}, {m})', pow, a, b, m)
show('pow(2, 3.0, 5)', pow, 2, 3.0, 5)
show('pow(2, 3, 5.0)', pow, 2, 3, 5.0)
show('pow(2.0, 3, 5)', pow, 2.0, 3, 5)

# true division, correctly rounded
divs = [(1, 3), (2**53 + 1, 1), (10**30, 10**29 + 1), (2**1100, 2**1000), (1, 2**1080), (-1, 2**1074),
        (1, 2**1075), (3, 2**1075), (10**400, 10**399), (10**400, 3), (-(10**400), 7), (2**1024, 2),
        (2**1024 - 2**970, 1), (2**1024 - 2**971, 1), (123456789123456789123456789, 987654321987654321),
        (0, -5), (-0, 5), (0, 10**100), (5, 0), (10**100, 0)]
for a, b in divs:
    show(f'{a} / {b}', lambda x, y: x / y, a, b)
big = [2**1023, 2**1024, 2**1024 - 2**970, 2**1024 - 2**971, -(2**1024), 2**53 + 1, 2**54 + 2, 2**54 + 6, 10**308, 10**309]
for a in big:
    show(f'float({a})', float, a)

# mixed with float and complex
for a in [3, -7, 2**60, 10**400]:
    for b in [0.5, -2.0, 1e300, float('inf'), 2j]:
        for name, f in ops[:6]:
            show(f'{a!r} {name} {b!r}', f, a, b)

# unsupported operands
for a, b in [(1, 'a'), (1, None), (None, 1), (1, [1]), ([1], 2)]:
    for name, f in ops[:6]:
        show(f'{a!r} {name} {b!r}', f, a, b)
show("1 << 1.0", lambda: 1 << 1.0)
show("~1.5", lambda x: ~x, 1.5)
