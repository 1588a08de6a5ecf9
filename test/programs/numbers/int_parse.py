# int(x) and int(x, base): strings, bytes, whitespace, underscores, prefixes, Unicode digits, errors.
def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r), type(r).__name__)

texts = ['0', '-0', '+0', '00', '000', '0_0', '1', '-1', '+1', ' 12 ', '\t\n12\r\x0b\x0c', '1_000', '1__000', '_1', '1_',
         '12a', 'a', '', ' ', '+', '-', '0x1f', '0X1F', '-0x1f', '0x_1f', '0x__1f', '0x1_f', '0o17', '0O17', '0b101',
         '0B1_01', '010', '0_10', '00_0', '0x', '0b', '0o', '1e5', '1.5', '12345678901234567890', ' -  1', '- 1',
         '99999999999999999999999999999999999999', 'z', 'Z', '\u0661\u0662\u0663', '\u0967\u0968', '\uff11\uff12',
         '\u2003 42 \u3000', '4\u20032', '\U0001d7ce\U0001d7cf', '12\x00', '\x001', 'ⅷ', '١٢_٣', '0x١٢']
for t in texts:
    for base in [10, 0, 2, 8, 16, 36]:
        show(f'int({t!r}, {base})', int, t, base)
for t in texts[:20]:
    show(f'int({t!r})', int, t)
for t in [b'12', b' 12 ', b'0x1f', b'1_0', b'12\x00', b'\xff', b'-7']:
    show(f'int({t!r})', int, t)
    show(f'int({t!r}, 16)', int, t, 16)
    show(f'int({t!r}, 0)', int, t, 0)
show("int(bytearray(b'42'))", lambda: int(bytearray(b'42')))
show("int(bytearray(b'42'), 16)", lambda: int(bytearray(b'42'), 16))
show("int(bytearray(b'z'))", lambda: int(bytearray(b'z')))
show("int(memoryview(b'42'))", lambda: int(memoryview(b'42')))
for base in [-1, 1, 37, 0, 2, 36, 2**100, 1.5, '10']:
    show(f'int("10", {base!r})', int, '10', base)
show('int("10", base=16)', int, '10', base=16)
show('int(x="10")', int, x='10')
show('int("10", 16, 2)', int, '10', 16, 2)
show('int(base=10)', int, base=10)
show('int()', int)
show('int(5, 10)', int, 5, 10)
show('int(5.5, 10)', int, 5.5, 10)
show('int(None)', int, None)
show('int([1])', int, [1])
show('int(1.9)', int, 1.9)
show('int(-1.9)', int, -1.9)
show('int(1e20)', int, 1e20)
show('int(-0.0)', int, -0.0)
show("int(float('inf'))", int, float('inf'))
show("int(float('-inf'))", int, float('-inf'))
show("int(float('nan'))", int, float('nan'))
show('int(1e308)', int, 1e308)
show('int(True)', int, True)
show('int(3+0j)', int, 3+0j)
show("int('x' * 300)", int, 'x' * 300)
show("int(b'x' * 300)", int, b'x' * 300)
show("int('\u00e9' * 250)", int, '\u00e9' * 250)

class I:
    def __int__(self): return 42
class X:
    def __index__(self): return 7
class T:
    def __trunc__(self): return 3
class Bad:
    def __int__(self): return 'no'
class F:
    def __float__(self): return 2.5
show('int(I())', int, I())
show('int(X())', int, X())
show('int(T())', int, T())
show('int(Bad())', int, Bad())
show('int(F())', int, F())
show('int("12", X())', int, '12', X())

# the 4300-digit limit
import sys
print(sys.get_int_max_str_digits())
show('int("1" * 4300)', lambda: len(str(int('1' * 4300))))
show('int("1" * 4301)', int, '1' * 4301)
show('int("1" * 4301, 16)', lambda: int('1' * 4301, 16).bit_length())
show('int("-" + "1" * 4301)', int, '-' + '1' * 4301)
show('str(10 ** 4299)', lambda: len(str(10 ** 4299)))
show('str(10 ** 4300)', lambda: str(10 ** 4300))
show('str(-10 ** 4300)', lambda: str(-10 ** 4300))
show('repr(10 ** 4300)', lambda: repr(10 ** 4300))
show('hex(10 ** 4300)', lambda: len(hex(10 ** 4300)))
show('f"{10**4300:x}"', lambda: len(f"{10**4300:x}"))
show('f"{10**4300:d}"', lambda: f"{10**4300:d}")
show('int("1_" * 2200 + "1")', int, '1_' * 2200 + '1')
sys.set_int_max_str_digits(5000)
show('int("1" * 4301) limit 5000', lambda: len(str(int('1' * 4301))))
show('int("1" * 5001) limit 5000', int, '1' * 5001)
sys.set_int_max_str_digits(0)
show('int("1" * 10000) no limit', lambda: len(str(int('1' * 10000))))
show('set 100', sys.set_int_max_str_digits, 100)
show('set 640', sys.set_int_max_str_digits, 640)
show('int("1" * 641) limit 640', int, '1' * 641)
