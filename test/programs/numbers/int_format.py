# format() of ints: every presentation type with fill, align, sign, '#', '0', width, grouping.
def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

vals = [0, 1, -1, 42, -42, 255, -255, 1234567, -1234567, 2**64, -(10**25), True]
specs = ['', 'd', 'b', 'o', 'x', 'X', 'n', 'c', '#b', '#o', '#x', '#X', '+d', ' d', '-d', '+x', ' #x',
         '10', '<10', '>10', '^10', '=10', '010', '+010', '-010', ' 010', '#010x', '#010b', '0=10', 'x^12',
         '*<8', '*>+8', '_^9', ',', '_', ',d', '_d', '_b', '_o', '_x', '_X', '#_x', '#_b', '012,', '012_',
         '015,d', '+015,', '020_x', '#020_x', '=+12,', '0>5', '0<5', '0^5', '1', '2', '30,', 'e', 'E', 'f', 'F',
         'g', 'G', '%', '.2f', '.3e', '10.2%', ',.2f', '_.1e', 'z', 'zd', '.2', '.2d', ',b', ',x', ',c', '_c',
         ',n', '_n', '#c', '+c', 'q', 's', '=', '<', '#', '0', '00', '00d', ',_', '_,', ',,', 'xx', '10.', '\u2003>5',
         '\U0001f600^7', '\u0661\u0662', ',.', '.,', '._', '.2_f', '.3,f', '.,f', 'ë', '\x01', 'c=5', '#X', '#10o']
for v in vals:
    for s in specs:
        show(f'format({v!r}, {s!r})', format, v, s)
for v in [65, 0x1f600, 0x10ffff, 0x110000, -1, 2**70, 10, 0]:
    for s in ['c', '5c', '<5c', '^5c', '=5c', '05c']:
        show(f'format({v!r}, {s!r})', format, v, s)
show("format(10**30, ',')", format, 10**30, ',')
show("format(-10**30, '_x')", format, -10**30, '_x')
show("format(12345, '0=+20,')", format, 12345, '0=+20,')
show("f'{1234:_^20,}'", lambda: f'{1234:*^20,}')
show("(5).__format__(1)", (5).__format__, 1)
show("int.__format__(5, 'd')", int.__format__, 5, 'd')
show("format(2**200, 'e')", format, 2**200, 'e')
show("format(10**400, 'e')", format, 10**400, 'e')
show("format(10**400, 'f')", format, 10**400, 'f')
show("format(12, '99999999999999999999d')", format, 12, '99999999999999999999d')
show("format(12, '.99999999999999999999f')", format, 12, '.99999999999999999999f')
show("bin(10), oct(-10), hex(-255)", lambda: (bin(10), oct(-10), hex(-255), bin(0), hex(2**70)))
show("bin(1.5)", bin, 1.5)
