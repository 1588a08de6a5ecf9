# The methods bytes and bytearray share, on both types.
def show(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
    else:
        print(expr, '->', repr(r))

samples = [b'', b'a', b'abc', b'abcabc', b'  a b  c ', b'Hello World', b'hELLO wORLD', b'123', b'a1 b2', b'\t\n\x0b\x0c\r x \x1c',
           b'x,y,,z', b'\xe9\xff', b"they're", b'ABC def', b'Title Case', b'a\nb\r\nc\rd']
for T in (bytes, bytearray):
    for s in map(T, samples):
        print(T.__name__, repr(s), [s.lower(), s.upper(), s.swapcase(), s.title(), s.capitalize(), s.strip(), s.lstrip(), s.rstrip(),
                                   s.strip(b' a'), s.split(), s.rsplit(None, 1), s.split(b','), s.rsplit(b'b', 1), s.splitlines(), s.splitlines(True),
                                   s.partition(b'b'), s.rpartition(b'b'), s.center(12, b'*'), s.ljust(3), s.rjust(14, b'-'), s.zfill(6),
                                   s.expandtabs(4), s.replace(b'a', b'XY'), s.replace(b'', b'.', 3), s.count(b'a'), s.count(97), s.find(b'b'),
                                   s.rfind(98), s.startswith(b'a'), s.endswith((b'c', b'd')), s.removeprefix(b'ab'), s.removesuffix(b'c'),
                                   [s.isalnum(), s.isalpha(), s.isascii(), s.isdigit(), s.islower(), s.isspace(), s.istitle(), s.isupper()],
                                   s.hex(), s.translate(None, b'aeiou')])
for T in (bytes, bytearray):
    show("%s(b'a,b').join([b'x', bytearray(b'y'), memoryview(b'z')])" % T.__name__)
    show("%s(b'').join([])" % T.__name__)
    show("%s(b',').join([b'x', 'y'])" % T.__name__)
    show("%s(b',').join(1)" % T.__name__)
    show("%s(b'abc').translate(bytes.maketrans(b'abc', b'xyz'))" % T.__name__)
    show("%s(b'abc').translate(b'x')" % T.__name__)
    show("%s(b'abc').translate(None, delete=b'b')" % T.__name__)
    show("%s(b'abc').translate(bytearray(range(256)))" % T.__name__)
    show("%s(b'abc').translate('x' * 256)" % T.__name__)
    show("%s.maketrans(b'ab', b'c')" % T.__name__)
    show("%s.maketrans('a', 'b')" % T.__name__)
    show("len(%s.maketrans(b'', b''))" % T.__name__)
    show("%s(b'abc').find('b')" % T.__name__)
    show("%s(b'abc').find(256)" % T.__name__)
    show("%s(b'abc').find(-1)" % T.__name__)
    show("%s(b'abc').find(1.5)" % T.__name__)
    show("%s(b'abc').index(b'z')" % T.__name__)
    show("%s(b'abc').rindex(100)" % T.__name__)
    show("%s(b'abc').count(b'')" % T.__name__)
    show("%s(b'abcabc').find(b'c', 3, -1), %s(b'abcabc').rfind(b'c', 0, 5), %s(b'abc').index(99, -1)" % (T.__name__, T.__name__, T.__name__))
    show("%s(b'abc').startswith('a')" % T.__name__)
    show("%s(b'abc').startswith(('a',))" % T.__name__)
    show("%s(b'abc').startswith((b'x', bytearray(b'a')))" % T.__name__)
    show("%s(b'abc').endswith(memoryview(b'bc'))" % T.__name__)
    show("%s(b'abc').startswith(b'', 4), %s(b'abc').endswith(b'', 3), %s(b'abc').endswith(b'c', 5)" % (T.__name__, T.__name__, T.__name__))
    show("%s(b'abc').split(b'')" % T.__name__)
    show("%s(b'abc').split('b')" % T.__name__)
    show("%s(b'abc').split(maxsplit=1, sep=None)" % T.__name__)
    show("%s(b'abc').partition(b'')" % T.__name__)
    show("%s(b'abc').partition('b')" % T.__name__)
    show("%s(b'abc').strip('a')" % T.__name__)
    show("%s(b'abc').strip(bytearray(b'ac'))" % T.__name__)
    show("%s(b'abc').center(7, 'x')" % T.__name__)
    show("%s(b'abc').center(7, b'xy')" % T.__name__)
    show("%s(b'abc').ljust(7, bytearray(b'q'))" % T.__name__)
    show("%s(b'abc').center(7, bytearray(b'qq'))" % T.__name__)
    show("%s(b'abc').replace('a', 'b')" % T.__name__)
    show("%s(b'abc').replace(b'a', b'b', count=1)" % T.__name__)
    show("%s(b'abc').replace(b'a', b'b', 1.0)" % T.__name__)
    show("%s(b'abc').removeprefix('a')" % T.__name__)
    show("%s(b'-42').zfill(5), %s(b'+').zfill(3), %s(b'').zfill(2)" % (T.__name__, T.__name__, T.__name__))
    show("%s(b'caf\\xc3\\xa9').decode(), %s(b'\\xff').decode('latin-1'), %s(b'\\xff').decode(errors='replace')" % (T.__name__, T.__name__, T.__name__))
    show("%s(b'\\xff').decode()" % T.__name__)
    show("%s(b'x').decode(encoding=1)" % T.__name__)
    show("%s(b'x').decode('ascii', 'strict', 1)" % T.__name__)
    show("%s(b'x').decode('utf-16')" % T.__name__)
    show("type(%s(b'ab').split()[0]).__name__, type(%s(b'ab').partition(b'x')[0]).__name__, type(%s(b'ab').strip()).__name__" % (T.__name__, T.__name__, T.__name__))
    show("%s(b'a\\tb').expandtabs(tabsize=0), %s(b'a\\tb').expandtabs(-1)" % (T.__name__, T.__name__))
    show("%s(b'abc').splitlines(keepends=1)" % T.__name__)
