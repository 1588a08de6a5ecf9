# str(): construction, repr, comparison, operators, iteration, subclasses, pickling helpers.
S3 = 'abc'
def show(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
    else:
        print(expr, '->', repr(r))

show("str()")
show("str(1), str(1.5), str(None), str([1, 'a']), str(b'x'), str((1,))")
show("str(object='x')")
show("str(object=b'x', encoding='ascii')")
show("str('a', 'b', 'c', 'd')")
show("str(x=1)")
show("str(b'a', 1)")
show("str(b'a', 'ascii', 1)")
show("str(b'a', errors=1)")
for s in ['', 'a', "'", '"', '\'"', 'a\nb\tc\rd', '\\', '\x00\x1f\x7f\x80\x9f\xa0\xad', 'é', '\u2028\u200b\ufeff', '\U0001f600', '\U000e0001', '\ud800', "it's", '\xff\u0100\uffff']:
    print(repr(s), ascii(s), len(s))
show("'a' + 'b', 'a' * 3, 3 * 'ab', 'a' * 0, 'a' * -1, '' * 5")
show("'a' + 1")
show("'a' + b'b'")
show("1 + 'a'")
show("'a' * 'b'")
show("'a' * 1.5")
show("'ab' < 'b', 'ab' <= 'ab', 'b' > 'abc', 'A' < 'a', '' < 'a', 'a' == 'a', 'a' != 'b'")
show("'a' < 1")
show("'a' == 1")
show("'a' in 'cat', '' in 'x', 'at' in 'cat', 'x' in ''")
show("1 in 'abc'")
show("'abc'[1], 'abc'[-1], 'abc'[5:], 'abc'[::-1], 'abcdef'[1:5:2], 'abc'[True]")
show("'abc'[3]")
show("'abc'[-4]")
show("S3['a']")
show("S3[1.0]")
show("S3[None]")
show("'abc'[2**100]")
show("'abc'[::0]")
show("list(iter('ab')), list(reversed('ab')), sorted('cab')")
show("type(iter('ab')).__name__, type(iter('é')).__name__")
show("'ab'.__getnewargs__()")
show("'ab'.__len__(), 'ab'.__contains__('a'), 'ab'.__getitem__(0), 'ab'.__add__('c'), 'ab'.__mul__(2), 'ab'.__rmul__(2)")
show("'ab'.__mod__(()), 'x%s'.__mod__(1), 'x'.__rmod__(1)")
show("str.__mod__('%s', 'x'), str.__rmod__('%s', 'x')")
show("'ab'.__eq__(1), 'ab'.__lt__('b'), 'ab'.__hash__() == hash('ab')")
show("sorted(str.__dict__)")
class S(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
s = S('abc')
show("s, type(s).__name__, s == 'ABC', s + 'x', type(s + 'x').__name__, s.lower(), type(s.lower()).__name__")
show("type(s[0]).__name__, type(s[:]).__name__, type(str(s)).__name__, type(s * 1).__name__")
show("'%s' % s, '{}'.format(s), f'{s}'")
class T(str):
    pass
t = T('hi')
t.attr = 5
show("t, t.attr, repr(t), t.upper(), t.__getnewargs__()")
show("str(t) is t, type(str(t)).__name__")
class R:
    def __str__(self):
        return 'R-str'
    def __repr__(self):
        return 'R-repr'
class BadStr:
    def __str__(self):
        return 1
show("str(R()), repr(R()), '%s %r' % (R(), R()), '{} {!r}'.format(R(), R())")
show("str(BadStr())")
show("'%s' % BadStr()")
show("'%c' % 'ab'")
show("chr(97), chr(0x10ffff) == '\U0010ffff', ord('a'), ord('\U0001f600')")
show("chr(-1)")
show("chr(0x110000)")
show("ord('ab')")
show("ord('')")
show("ord(b'a')")
show("ord(b'ab')")
show("sum(map(ord, 'hello'))")
show("'x'.__sizeof__() < 'x'*100 .__sizeof__()")
show("''.join(reversed('stressed'))")
show("'-'.join(str(i) for i in range(5))")
import string
show("string.ascii_letters, string.digits, string.punctuation, string.whitespace, string.printable[:10]")
show("string.capwords(' hello   world ')")
