# int methods and attributes.
def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r), type(r).__name__)

vals = [0, 1, -1, 5, -5, 255, 256, -256, 2**31, 2**53 - 1, 2**53, -2**53, 2**64 - 1, -2**64, 10**40, -(3**90), True, False]
for v in vals:
    show(f'{v!r}.bit_length()', v.bit_length)
    show(f'{v!r}.bit_count()', v.bit_count)
    show(f'{v!r}.as_integer_ratio()', v.as_integer_ratio)
    show(f'{v!r}.conjugate()', v.conjugate)
    show(f'{v!r}.is_integer()', v.is_integer)
    show(f'{v!r}.real', lambda: v.real)
    show(f'{v!r}.imag', lambda: v.imag)
    show(f'{v!r}.numerator', lambda: v.numerator)
    show(f'{v!r}.denominator', lambda: v.denominator)
    show(f'{v!r}.__trunc__()', v.__trunc__)
    show(f'{v!r}.__floor__()', v.__floor__)
    show(f'{v!r}.__ceil__()', v.__ceil__)
    show(f'{v!r}.__index__()', v.__index__)
    show(f'{v!r}.__getnewargs__()', v.__getnewargs__)
    show(f'{v!r}.__round__()', v.__round__)
    for nd in [0, 1, -1, -2, -3, -20, -50, None]:
        show(f'round({v!r}, {nd!r})', round, v, nd)

for v, nd in [(15, -1), (25, -1), (35, -1), (-15, -1), (-25, -1), (150, -2), (250, -2), (249, -2), (251, -2),
              (5, -1), (4, -1), (6, -1), (-5, -1), (12345678901234567890, -10), (5 * 10**20, -21),
              (15 * 10**20, -21), (10**50 + 5 * 10**29, -30)]:
    show(f'round({v}, {nd})', round, v, nd)
show('round(5, 1.0)', round, 5, 1.0)
show("round(5, '1')", round, 5, '1')
show('(5).__round__(2**100)', (5).__round__, 2**100)

# to_bytes / from_bytes
for v in [0, 1, 127, 128, 255, 256, -1, -128, -129, 65535, -32768, 2**64 - 1, -(2**63), 10**20, -(10**20)]:
    for length in [0, 1, 2, 4, 8, 16]:
        for order in ['big', 'little']:
            for signed in [False, True]:
                show(f'{v}.to_bytes({length}, {order!r}, signed={signed})', v.to_bytes, length, order, signed=signed)
show('(1).to_bytes()', (1).to_bytes)
show('(256).to_bytes()', (256).to_bytes)
show("(1).to_bytes(2, 'middle')", (1).to_bytes, 2, 'middle')
show('(1).to_bytes(-1)', (1).to_bytes, -1)
show('(1).to_bytes(2, byteorder=1)', (1).to_bytes, 2, byteorder=1)
show("(1).to_bytes(length=2, byteorder='little')", (1).to_bytes, length=2, byteorder='little')
show('(1).to_bytes(1.5)', (1).to_bytes, 1.5)
show('(1).to_bytes(2, "big", True)', (1).to_bytes, 2, 'big', True)
for data in [b'', b'\x00', b'\x01', b'\xff', b'\x80\x00', b'\x00\x80', b'\xff\xff\xff\xff\xff\xff\xff\xff',
             b'\x01\x02\x03\x04\x05\x06\x07\x08\x09', bytes(range(20)), b'\xfe' * 30]:
    for order in ['big', 'little']:
        for signed in [False, True]:
            show(f'int.from_bytes({data!r}, {order!r}, signed={signed})', int.from_bytes, data, order, signed=signed)
show('int.from_bytes([1, 2, 3])', int.from_bytes, [1, 2, 3])
show("int.from_bytes((255, 0), 'little')", int.from_bytes, (255, 0), 'little')
show("int.from_bytes(bytearray(b'ab'))", lambda: int.from_bytes(bytearray(b'ab')))
show("int.from_bytes('ab')", int.from_bytes, 'ab')
show('int.from_bytes(5)', int.from_bytes, 5)
show('int.from_bytes([256])', int.from_bytes, [256])
show('int.from_bytes([1.5])', int.from_bytes, [1.5])
show("int.from_bytes(b'a', 'x')", int.from_bytes, b'a', 'x')
show("bool.from_bytes(b'\\x01')", bool.from_bytes, b'\x01')
show("int.from_bytes(b'\\x01', byteorder='little', signed=True)", int.from_bytes, b'\x01', byteorder='little', signed=True)
show("int.from_bytes(bytes=b'\\x01\\x02')", int.from_bytes, bytes=b'\x01\x02')

# attribute errors / immutability
show('(1).foo', lambda: (1).foo)
def setreal():
    x = 5
    x.real = 3
show('x.real = 3', setreal)
print(int.__doc__ is not None, int.bit_length.__doc__ is not None)
print(int.to_bytes.__text_signature__, int.from_bytes.__text_signature__)
