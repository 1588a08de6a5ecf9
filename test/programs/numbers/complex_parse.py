# complex(): strings, numbers, real/imag keywords, __complex__/__float__/__index__, errors, format().
def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r), type(r).__name__)

texts = ['1', '1j', '-1j', '+1j', 'j', '-j', '+j', 'J', '1+2j', '1-2j', '1+2J', '1.5e3-2.5e-3j', '(1+2j)', ' ( 1+2j ) ',
         '(1+2j', '1+2j)', '()', '( )', '1 + 2j', '1+ 2j', '1+j', '1-j', '-1-j', 'inf', '-infj', 'inf+nanj', 'nan-infj',
         'infinity+infinityj', '1e400', '1e400j', '1_000+2_0j', '1__0j', '_1j', '1_j', '1j_', '', ' ', 'j1', '1jj', '1+2',
         '1+2i', '0x1', '1e+5+1e-5j', '.5+.5j', '5.+5.j', '1e5j', 'e5j', '1+-2j', '1--2j', '-1e-5-1e5j', '\u0661+\u0662j',
         '\u20031+2j\u3000', 'nanj', '-nanj', '+1+1j', '(+1-1j)', '1\x00', '(1j', 'ⅷj']
for t in texts:
    show(f'complex({t!r})', complex, t)
for args in [(), (1,), (1.5,), (1, 2), (1.5, -2.5), (True, False), (10**400,), (1, 10**400),
             ('1', 2), (1, '2'), ('1j',), (None,), ([],), (1, None), (-0.0, -0.0), (0, -0.0)]:
    show(f'complex{args!r}', complex, *args)
show('complex(real=1)', complex, real=1)
show('complex(imag=2)', complex, imag=2)
show('complex(real=1, imag=2)', complex, real=1, imag=2)
show("complex(real='1')", complex, real='1')
show('complex(1, real=2)', complex, 1, real=2)
show('complex(foo=2)', complex, foo=2)
show('complex(1, 2, 3)', complex, 1, 2, 3)

class Cx:
    def __complex__(self): return 3 + 4j
class Fl:
    def __float__(self): return 2.5
class Ix:
    def __index__(self): return 7
class BadC:
    def __complex__(self): return 1
class Both:
    def __complex__(self): return 1j
    def __float__(self): return 9.0
class S(str): pass
show('complex(Cx())', complex, Cx())
show('complex(Fl())', complex, Fl())
show('complex(Ix())', complex, Ix())
show('complex(BadC())', complex, BadC())
show('complex(Both())', complex, Both())
show('complex(Fl(), Ix())', complex, Fl(), Ix())
show("complex(S('1+1j'))", complex, S('1+1j'))
show('complex.from_number(1)', complex.from_number, 1)
show('complex.from_number(2.5)', complex.from_number, 2.5)
show('complex.from_number(1j)', complex.from_number, 1j)
show('complex.from_number(Cx())', complex.from_number, Cx())
show('complex.from_number(Fl())', complex.from_number, Fl())
show("complex.from_number('1')", complex.from_number, '1')
show('complex.from_number(None)', complex.from_number, None)
class C(complex): pass
show('C.from_number(1)', lambda: (C.from_number(1), type(C.from_number(1)).__name__))
show('C(1, 2)', lambda: (C(1, 2), type(C(1, 2)).__name__, C('1j'), C()))

vals = [1 + 2j, complex(-1.5, -0.0), complex(-0.0, 1), 1j, 0j, complex(1e300, -1e-300), complex(float('inf'), float('nan')),
        complex(1234.5678, -0.000123)]
specs = ['', 'g', 'e', 'f', 'E', 'F', 'G', 'n', '.2f', '.0e', '.3g', '+.1f', ' .1f', '-.1f', '10.1f', '<20.2f', '>20',
         '^25.3e', '*^20g', '#.0f', '#g', 'z.1f', ',.2f', '_.3f', '.2,f', '020.2f', '0<20', '=20', 'd', '%', 's',
         '.3', '30', '.10g', ',', '_']
for v in vals:
    for s in specs:
        show(f'format({v!r}, {s!r})', format, v, s)
