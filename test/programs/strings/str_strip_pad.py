# strip family, padding, zfill, expandtabs, removeprefix/removesuffix.
def show(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
    else:
        print(expr, '->', repr(r))

samples = ['', ' ', '  abc  ', '\t\n abc \x0b\x0c\r', 'xxabcxx', 'abc', '\x1c\x1dabc\x1e\x1f', '\u3000abc\u2000', '\xa0abc\x85', 'a']
for s in samples:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip('x')), repr(s.strip('xa')), repr(s.lstrip('ax ')), repr(s.rstrip('cx ')), repr(s.strip('')))
for s in ['', 'a', 'ab', 'abc', '-', '+1', '-12', '--3', '12', 'é', '\U0001f600x']:
    for w in (-1, 0, 1, 2, 3, 4, 5, 6, 7, 10):
        print(repr(s), w, repr(s.center(w)), repr(s.ljust(w, '*')), repr(s.rjust(w, '\u00e9')), repr(s.zfill(w)), repr(s.center(w, '-')))
for s in ['', '\t', 'a\tb', 'ab\tc\td', '\t\t', 'abcdefgh\tx', 'a\nb\tc', 'a\rbc\td', '12345678\t9', 'é\tx', '\U0001f600\tx']:
    for ts in (8, 4, 1, 0, -1, 3):
        print(repr(s), ts, repr(s.expandtabs(ts)))
    print(repr(s.expandtabs()), repr(s.expandtabs(tabsize=2)))
for s, p in [('abc', 'a'), ('abc', 'ab'), ('abc', 'abc'), ('abc', 'abcd'), ('abc', ''), ('', ''), ('abc', 'c'), ('abc', 'bc'), ('aaa', 'a')]:
    print(repr(s), repr(p), repr(s.removeprefix(p)), repr(s.removesuffix(p)))

show("'abc'.strip(1)")
show("'abc'.strip(None)")
show("'abc'.strip('a', 'b')")
show("'abc'.lstrip(b'a')")
show("'abc'.center()")
show("'abc'.center(5, '')")
show("'abc'.center(5, 'ab')")
show("'abc'.center(5, 1)")
show("'abc'.center(5.0)")
show("'abc'.center('5')")
show("'abc'.ljust(5, fillchar='x')")
show("'abc'.zfill()")
show("'abc'.zfill(None)")
show("'abc'.expandtabs(8, 1)")
show("'abc'.expandtabs('8')")
show("'a\\tb'.expandtabs(tabsize=3)")
show("'abc'.removeprefix(1)")
show("'abc'.removesuffix(None)")
show("'abc'.removeprefix()")
show("'abc'.center(2**63)")
show("'abc'.center(2**64)")
show("'abc'.rjust(2**100)")
show("'abc'.center(-2**100)")
show("'x'.center(7, '\\U0001f600')")
show("'\\U0001f600'.center(5, 'a')")
