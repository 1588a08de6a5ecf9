# format() of floats: every presentation type, precision, ties (CPython rounds the exact value half-even),
# fill/align/sign/'z'/'#'/'0'/width/grouping.
seed = 777
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed >> (64 - n)

def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

ties = [0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1.0005, 0.25, 0.75, 1.25, 5e-324, 1e22, 1e23, 2.5e-5, 12.5,
        0.045, 1.45, 8.5, 9.5, 99.5, 999.5, 0.0625, 1234.5, 1e16, 2**53 + 0.0, 2.0**60, 2.0**-20, 3 * 2.0**-30]
for v in ties:
    for p in range(0, 8):
        for t in 'efg':
            show(f'format({v!r}, ".{p}{t}")', format, v, f'.{p}{t}')
vals = [0.0, -0.0, 1.0, -1.0, 3.14159, -2.5e-10, 1e300, 1.7976931348623157e308, 5e-324, 123456.789, 1e16, 1e-5,
        float('inf'), -float('inf'), float('nan'), 0.1, 100.0, 1e15, 12345678.9, -0.00049, 0.5]
specs = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', '.0', '.1', '.3', '.17', '.0e', '.0f', '.0g', '.0%', '.1%',
         '#', '#.0', '#.0e', '#.0f', '#g', '#.3g', '#.10g', 'z', 'z.1f', 'z.3e', 'z.0f', '+', ' ', '-', '+.2f',
         ' .2e', '10', '<10', '>10', '^10', '=10', '010', '+010.2f', '-012.3e', '*^15.4g', '0<12', 'x=+12.1f',
         ',', '_', ',.2f', '_.3f', ',.0f', '015,.2f', '020_.4f', '.3,f', '.6_f', ',.4_f', '_.10,f', '.,f', '._g',
         ',e', ',g', ',%', '.2,%', '30.20f', '.30f', '.30e', '.30g', '.100f', '.60e', '#.0%', '=+20,.3f', 'd',
         'x', 'c', 's', ',n', '.2,n', 'q', '.', '10.', 'zn', '+z.2f', '\u2007>9']
for v in vals:
    for s in specs:
        show(f'format({v!r}, {s!r})', format, v, s)
for i in range(600):
    e = rnd(9) - 256
    x = float.fromhex(f'0x1.{rnd(52):013x}p{e}')
    p = rnd(5)
    t = 'efg%'[rnd(2)]
    show(f'format({x!r}, ".{p}{t}")', format, x, f'.{p}{t}')
for i in range(300):
    x = rnd(16) / 2 ** rnd(5)
    p = rnd(3)
    show(f'format({x!r}, ".{p}f")', format, x, f'.{p}f')
    show(f'format({x!r}, ".{p}e")', format, x, f'.{p}e')
show("format(1.5, 1)", lambda: (1.5).__format__(1))
show("f'{3.5:.{2}f}'", lambda: f'{3.5:.{2}f}')
show("format(1e200, '.300f')", lambda: len(format(1e200, '.300f')))
show("format(5e-324, '.1080f')", lambda: format(5e-324, '.1080f')[-40:])
show("format(0.1, '.1080f')", lambda: format(0.1, '.1080f')[-20:])
show("str(1e16)", str, 1e16)
