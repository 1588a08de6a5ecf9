# split/rsplit/splitlines/partition/rpartition.
def show(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
    else:
        print(expr, '->', repr(r))

samples = ['', ' ', 'a', ' a ', 'a b', '  a  b  c  ', 'a,b,,c,', ',a,', 'a\tb\nc\x0bd\x0ce\rf', 'a\x1cb\x1dc\x1ed\x1fe',
           'a\u3000b\u2003c\x85d\xa0e', 'abcabcabc', 'aaa', 'x\u200by']
seps = [None, ',', ' ', 'ab', 'bc', 'aa', 'a', '\u3000']
for s in samples:
    for sep in seps:
        for n in (-1, 0, 1, 2, 5):
            print(repr(s), repr(sep), n, s.split(sep, n), s.rsplit(sep, n))
    print(repr(s), s.split(), s.rsplit(), s.partition(','), s.rpartition(','), s.partition('a'), s.rpartition('a'))

lines = ['', 'a', 'a\n', 'a\nb', 'a\r\nb\rc\n\nd', '\n', '\r\n', '\n\r', 'a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i',
         'x\r', 'x\r\r\n', 'no newline\x1f']
for s in lines:
    print(repr(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))

show("'a b'.split(maxsplit=1)")
show("'a b c'.rsplit(sep=' ', maxsplit=1)")
show("'a b'.split(' ', 1, 2)")
show("'a b'.split('')")
show("'a b'.rsplit('')")
show("'a b'.split(1)")
show("'a b'.split(b' ')")
show("'a b'.split(None, '1')")
show("'a b'.split(None, 1.0)")
show("'a b'.split(x=1)")
show("'a b'.split(sepp=' ')")
show("'a b'.partition('')")
show("'a b'.rpartition('')")
show("'a b'.partition(None)")
show("'a b'.partition()")
show("'a b'.splitlines(2)")
show("'a\\nb'.splitlines([])")
show("'a\\nb'.splitlines(keepends=None)")
show("'a\\nb'.splitlines(1, 2)")
show("'abc'.split('b', maxsplit=2**70)")
show("'abc'.split('b', maxsplit=-2**70)")
class S(str):
    pass
show("S('a b').split()")
show("type(S('a b').split()[0])")
show("type(S('ab').partition('x')[0])")
