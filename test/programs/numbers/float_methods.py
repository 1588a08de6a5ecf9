# float methods: hex/fromhex, as_integer_ratio, is_integer, round/trunc/floor/ceil, conjugate, __getformat__...
def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r), type(r).__name__)

inf = float('inf')
nan = float('nan')
vals = [0.0, -0.0, 1.0, -1.0, 0.1, -0.5, 1.5, 2.5, 3.5, -2.5, 1e16, 1e22, 2.0**53, 2.0**53 + 2, 1e300, -1e300, 5e-324,
        2.2250738585072014e-308, 1.7976931348623157e308, 123.456, -987.654321, 0.49999999999999994, 4503599627370495.5,
        inf, -inf, nan, 2.675, 1.005, 0.125, 0.375, 1e-10]
for v in vals:
    show(f'{v!r}.hex()', v.hex)
    show(f'{v!r}.as_integer_ratio()', v.as_integer_ratio)
    show(f'{v!r}.is_integer()', v.is_integer)
    show(f'{v!r}.conjugate()', v.conjugate)
    show(f'{v!r}.__trunc__()', v.__trunc__)
    show(f'{v!r}.__floor__()', v.__floor__)
    show(f'{v!r}.__ceil__()', v.__ceil__)
    show(f'{v!r}.__int__()', v.__int__)
    show(f'round({v!r})', round, v)
    for nd in [0, 1, 2, 3, -1, -2, 5, 15, 17, 300, 323, 324, -307, -308, -309, 10**6, -(10**6), 2**100, -(2**100)]:
        show(f'round({v!r}, {nd})', round, v, nd)
    show(f'{v!r}.__getnewargs__()', v.__getnewargs__)
    show(f'{v!r}.real, imag', lambda: (v.real, v.imag))
show('round(1.5, None)', round, 1.5, None)
show('round(1.5, 1.0)', round, 1.5, 1.0)
show("round(1.5, '1')", round, 1.5, '1')
show('round(1e300, -300)', round, 1e300, -300)
show('round(1.7976931348623157e308, -308)', round, 1.7976931348623157e308, -308)
show('round(-1.7976931348623157e308, -308)', round, -1.7976931348623157e308, -308)
show('round(5e307, -307)', round, 5e307, -307)

hexes = ['0x1p0', '0x1.8p1', '-0x1.8p1', '0X1.8P+1', '0x.8p1', '0x8.p-3', '1.8p1', '0x1', 'inf', '-Infinity', 'nan',
         '  0x1p0  ', '0x1p0x', '0x', '0x.p1', '0xp1', '0x1p', '0x1p+', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7p1023',
         '0x1p1024', '0x1p-1074', '0x1p-1075', '0x1.0000000000001p-1075', '0x3p-1076', '0x1.00000000000008p0',
         '0x1.00000000000018p0', '0x1.000000000000081p0', '0x0.0000000000001p-1022', '0x1p-99999999999999999999',
         '0x1p99999999999999999999', '0x0p99999999999999999999', '+0x1.5', '0x1.5 p1', '0x1_0p0', '\u00a00x1p0',
         '0x123456789abcdef0123456789p-50', '-0x0.0p0', 'infinity', 'iNf', 'infinit', 'nanx']
for h in hexes:
    show(f'float.fromhex({h!r})', float.fromhex, h)
show('float.fromhex(1)', float.fromhex, 1)
class FS(float):
    pass
show('FS.fromhex', lambda: (FS.fromhex('0x1p1'), type(FS.fromhex('0x1p1')).__name__))
for v in vals:
    if v == v:
        assert float.fromhex(v.hex()) == v
show("float.__getformat__('double')", float.__getformat__, 'double')
show("float.__getformat__('float')", float.__getformat__, 'float')
show("float.__getformat__('int')", float.__getformat__, 'int')
show("float.__getformat__(1)", float.__getformat__, 1)
show('(1.5).__round__(1, 2)', lambda: (1.5).__round__(1, 2))
show('float.is_integer(1)', float.is_integer, 1)
print(float.hex.__text_signature__, float.fromhex.__text_signature__, float.__round__.__text_signature__)
print(float.from_number.__text_signature__, float.__getformat__.__text_signature__)
