# str.format, format_map, __format__, format(), string.Formatter.
import string
def show(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
    else:
        print(expr, '->', repr(r))

class P:
    x = 5
    y = [1, 2, {'k': 'v'}]
    def __format__(self, spec):
        return 'P<' + spec + '>'
    def __repr__(self):
        return 'P()'
    def __str__(self):
        return 'p-str'
p = P()
show("'{}'.format(1)")
show("'{} {}'.format(1, 2)")
show("'{0} {1} {0}'.format('a', 'b')")
show("'{1}'.format('a')")
show("'{a}'.format(a=1)")
show("'{a}'.format(b=1)")
show("'{a}'.format()")
show("'{0}'.format()")
show("'{} {0}'.format(1, 2)")
show("'{0} {}'.format(1, 2)")
show("'{a} {}'.format(5, a=1)")
show("'{.x}'.format(p)")
show("'{0.x} {0.y[1]} {0.y[2][k]}'.format(p)")
show("'{0.z}'.format(p)")
show("'{0[0]}'.format([5])")
show("'{0[-1]}'.format([5])")
show("'{0[1]}'.format([5])")
show("'{0[a]}'.format({'a': 1})")
show("'{0[0]}'.format({0: 'int', '0': 'str'})")
show("'{0[ 0]}'.format({' 0': 'sp'})")
show("'{0.}'.format(p)")
show("'{0[]}'.format([1])")
show("'{0[0}'.format([1])")
show("'{0]}'.format([1])")
show("'{0[0]x}'.format([1])")
show("'{0!r}'.format('a')")
show("'{0!s}'.format(p)")
show("'{0!a}'.format('é')")
show("'{0!x}'.format(1)")
show("'{0!}'.format(1)")
show("'{0!rr}'.format(1)")
show("'{0!r:}'.format(1)")
show("'{0!r:>5}'.format(1)")
show("'{0:>{1}}'.format('a', 4)")
show("'{:{}{}}'.format('a', '>', 5)")
show("'{0:{1:{2}}}'.format('a', 4, 'd')")
show("'{0:{1}}'.format(p, 'spec')")
show("'{}'.format(p)")
show("'{:abc}'.format(p)")
show("'{{}}'.format()")
show("'{{{}}}'.format(1)")
show("'{'.format()")
show("'}'.format()")
show("'a{b'.format()")
show("'a}b'.format()")
show("'{0:'.format(1)")
show("'{0'.format(1)")
show("'{0:{}'.format(1)")
show("'{0{}}'.format(1)")
show("'{!r}'.format()")
show("'{:d}'.format('a')")
show("'{:s}'.format(1)")
show("'{:x}'.format(255)")
show("'{:>10.3f}|'.format(3.14159)")
show("'{:*^11}'.format('mid')")
show("'{:\U0001f600<5}'.format('a')")
show("'{0}{1}'.format(*'ab')")
show("'{x}{y}'.format(**{'x': 1, 'y': 2})")
show("'{0:}'.format('x')")
show("'{٣}'.format(0, 1, 2, 3)")
show("'{00}'.format('z')")
show("'{99999999999999999999}'.format()")
show("'{0.__class__.__name__}'.format(1)")
show("'{a.b}'.format(a=p)")
show("'{0[1]}'.format('abc')")
show("'{0[1]}'.format(range(5))")
show("'{}'.format()")
show("'x'.format(1, 2, a=3)")

show("'{a}'.format_map({'a': 1})")
show("'{}'.format_map({'a': 1})")
show("'{0}'.format_map({'a': 1})")
show("'{a}'.format_map({})")
show("'{a}'.format_map(1)")
show("'{a}'.format_map()")
class Default(dict):
    def __missing__(self, k):
        return k.upper()
show("'{a} {b}'.format_map(Default(a=1))")

for v, specs in [('abc', ['', 's', '5', '<5', '>5', '^5', '^6', '*^7', '.1', '10.2', '=5', '+', ' ', '-', '#', 'z', '05', '0', 'x', 'd', '\U0001f600^5', ',', '_', '1,', '.2,']),
                 ('é\U0001f600', ['3', '.1', '^4'])]:
    for spec in specs:
        try:
            print(repr(v), repr(spec), repr(format(v, spec)), repr(v.__format__(spec)))
        except Exception as e:
            print(repr(v), repr(spec), type(e).__name__, e)
show("format('a', 1)")
show("format(1, 'x')")
show("format(p)")
show("format(p, 'q')")
show("'a'.__format__(1)")
show("'a'.__format__()")
class S(str):
    pass
show("format(S('x'), '>3')")
show("type(format(S('x'), ''))")
show("ascii('é\\n\U0001f600\x7f')")
show("ascii([b'x', 'ÿ'])")

f = string.Formatter()
show("f.format('{0} {a!r:>5}', 1, a='x')")
show("list(f.parse('a{0}b{1:x}c{d!r}{{}}e'))")
show("list(f.parse('{'))")
show("list(f.parse('}'))")
show("list(f.parse(''))")
show("list(f.parse('x{}'))")
show("list(f.parse('{!r}'))")
show("list(f.parse('{:}'))")
show("f.vformat('{0[1]} {x.real}', ([1, 2],), {'x': 3})")
import _string
show("_string.formatter_field_name_split('a.b[0][c]')[0]")
show("list(_string.formatter_field_name_split('a.b[0][c]')[1])")
show("list(_string.formatter_field_name_split('0')[1])")
show("_string.formatter_field_name_split('12')[0]")
show("list(_string.formatter_field_name_split('a.')[1])")
show("list(_string.formatter_field_name_split('a[')[1])")
show("list(_string.formatter_field_name_split('a]x')[1])")
show("_string.formatter_parser(1)")
show("_string.formatter_field_name_split(1)")
show("type(_string.formatter_parser('')).__name__")
