# float(x): strings (whitespace, underscores, inf/nan spellings, Unicode digits and spaces), bytes, numbers.
def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r), type(r).__name__)

texts = ['0', '-0', '+0.0', '1', '1.', '.5', '-.5', '+.5e1', '1e5', '1E5', '1e+5', '1e-5', '1.5e', '1e', 'e5', '.',
         '', ' ', '  1.5  ', '\t1.5\n', '\x0b1.5\x0c', '1.5\r', '1_000.5', '1__0', '_1', '1_', '1_.5', '1._5', '1e1_0',
         '1e_1', '1_e1', '0x10', 'inf', 'INF', '-inf', '+inf', 'infinity', 'Infinity', '-INFINITY', 'infinit', 'infx',
         'nan', 'NaN', '-nan', '+nan', 'nAn', 'nan0', 'in f', '1e308', '1e309', '-1e309', '1e-320', '1e-400', '2.5e-324',
         '2.4703282292062328e-324', '2.4703282292062327e-324', '1.7976931348623158e308', '1.7976931348623159e308',
         '0.1', '123456789012345678901234567890', '0.' + '0' * 400 + '1', '1' + '0' * 400, '9' * 800 + 'e-800',
         '1.5j', '1+2j', 'abc', '--1', '+-1', '1 2', '1\x00', '\x001', '\u0661\u066b\u0665', '\u0661.\u0665',
         '\u2003\u0663\u2003', '\U0001d7d1.5', '1.5\u00a0', '١٬٥', 'ⅷ', '1.5\u2028', '\u0967e\u0968']
for t in texts:
    show(f'float({t!r})', float, t)
for b in [b'1.5', b' 2 ', b'1_0', b'inf', b'\xff', b'1.5\x00', b'']:
    show(f'float({b!r})', float, b)
show("float(bytearray(b'3.5'))", lambda: float(bytearray(b'3.5')))
show("float(memoryview(b'3.5'))", lambda: float(memoryview(b'3.5')))
for v in [0, -5, 2**53 + 1, 10**308, 10**309, -(10**400), True, False, 1.5, -0.0]:
    show(f'float({v!r})', float, v)
show('float()', float)
show('float(None)', float, None)
show('float([1])', float, [1])
show('float(1j)', float, 1j)
show('float(x=1)', lambda: float(x=1))
show('float(1, 2)', float, 1, 2)
show("float('x' * 300)", float, 'x' * 300)

class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
class BadF:
    def __float__(self): return 1
class FS(float): pass
class FSF:
    def __float__(self): return FS(1.5)
class S(str): pass
show('float(F())', float, F())
show('float(I())', float, I())
show('float(BadF())', float, BadF())
show("float(S('2.5'))", float, S('2.5'))
show('float(FS(3.5))', float, FS(3.5))
show('type(float(FS(3.5)))', lambda: type(float(FS(3.5))).__name__)
show('FS(2)', lambda: (FS(2), type(FS(2)).__name__, FS('1e3'), FS()))
show('float.from_number(5)', float.from_number, 5)
show('float.from_number(2.5)', float.from_number, 2.5)
show("float.from_number('5')", float.from_number, '5')
show('float.from_number(F())', float.from_number, F())
show('float.from_number(I())', float.from_number, I())
show('FS.from_number(5)', lambda: (FS.from_number(5), type(FS.from_number(5)).__name__))
show('float.from_number(None)', float.from_number, None)
import math
for t in ['nan', '-nan', '+nan', '-NaN']:
    print(t, math.copysign(1.0, float(t)), math.copysign(1.0, -float(t)), math.copysign(1.0, float.fromhex(t)),
          math.copysign(1.0, complex(t).real), math.copysign(1.0, complex(t + 'j').imag))
