# str subclasses through the methods, and the codecs machinery: incremental and stream codecs, BOMs.
import codecs, io
def show(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(ascii(expr), '!!', type(e).__name__, ascii(str(e)))
    else:
        print(ascii(expr), '->', ascii(r), type(r).__name__)

class S(str):
    pass
s = S('  Hello, World  ')
for name in ['strip', 'lower', 'upper', 'title', 'swapcase', 'casefold', 'capitalize', 'expandtabs', 'lstrip', 'rstrip', 'split', 'rsplit', 'splitlines']:
    show("s.%s()" % name)
for expr in ["s.center(20)", "s.ljust(2)", "s.zfill(3)", "s.replace('l', 'L')", "s.replace('q', 'Q')", "s.partition(',')", "s.rpartition('q')",
             "s.removeprefix('x')", "s.removesuffix('  ')", "s.join(['a', 'b'])", "s.format()", "s % ()", "s * 2", "s + 'x'", "s[1:3]", "s[:]",
             "s.translate({})", "s.encode()", "str(s)", "repr(s)", "format(s, '')", "format(s, '>20')", "'%s' % s", "f'{s}'", "s == '  Hello, World  '",
             "hash(s) == hash('  Hello, World  ')", "{s: 1}['  Hello, World  ']", "s.__getnewargs__()", "sorted([S('b'), 'a', S('c')])", "max(S('a'), 'b')",
             "S('ab').find('b')", "S('ab') in 'xaby'", "'a' in S('ab')", "str.upper(S('x'))", "S.maketrans('a', 'b')", "S('5').zfill(3)", "S('x').isidentifier()"]:
    show(expr)
class E(str):
    def __str__(self):
        return 'E.__str__'
    def __repr__(self):
        return 'E.__repr__'
    def __format__(self, spec):
        return 'E.__format__' + spec
e = E('val')
show("str(e), repr(e), '%s %r' % (e, e), '{} {!r} {!s} {:x}'.format(e, e, e, e), e.upper(), e + '!', f'{e}'")

dec = codecs.getincrementaldecoder('utf-8')('replace')
show("[dec.decode(b) for b in (b'a\\xc3', b'\\xa9\\xff', b'\\xe2\\x82')] + [dec.decode(b'', final=True)]")
dec = codecs.getincrementaldecoder('utf-16')()
show("[dec.decode(b) for b in (b'\\xfe', b'\\xff\\x00', b'a\\x00b', b'\\xd8\\x3d', b'\\xde\\x00')] + [dec.decode(b'', final=True)]")
dec = codecs.getincrementaldecoder('utf-32')()
show("[dec.decode(b) for b in (b'\\x00\\x00\\xfe', b'\\xff\\x00\\x00\\x00a', b'\\x00\\x00\\x00')] + [dec.decode(b'', True)]")
dec = codecs.getincrementaldecoder('utf-16')()
show("dec.decode(b'a\\x00b')")
show("dec.decode(b'', final=True)")
enc = codecs.getincrementalencoder('utf-16')()
show("[enc.encode('a'), enc.encode('b'), enc.encode('', True)]")
enc = codecs.getincrementalencoder('utf-32-be')()
show("[enc.encode('a\\U0001f600')]")
enc = codecs.getincrementalencoder('utf-8-sig')()
show("[enc.encode('a'), enc.encode('b')]")
dec = codecs.getincrementaldecoder('utf-8-sig')()
show("[dec.decode(b'\\xef'), dec.decode(b'\\xbb\\xbfx'), dec.decode(b'\\xef\\xbb\\xbf')]")
show("codecs.decode(b'\\xef\\xbb\\xbf\\xef\\xbb\\xbfx', 'utf-8-sig')")
dec = codecs.getincrementaldecoder('unicode_escape')()
show("[dec.decode(b'a\\\\'), dec.decode(b'x4'), dec.decode(b'1b\\\\u00'), dec.decode(b'e9', True)]")
dec = codecs.getincrementaldecoder('raw_unicode_escape')()
show("[dec.decode(b'a\\\\'), dec.decode(b'u00'), dec.decode(b'e9\\\\', True)]")
dec = codecs.getincrementaldecoder('utf-7')()
show("[dec.decode(b'a+AG'), dec.decode(b'E-b'), dec.decode(b'+2D3eAA', True)]")
r = codecs.getreader('utf-16')(io.BytesIO('hé\U0001f600\nline2\n'.encode('utf-16')))
show("r.readline(), r.readline(), r.read()")
w = io.BytesIO()
sw = codecs.getwriter('utf-16-le')(w)
sw.write('ab\u20ac')
show("w.getvalue()")
show("codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM")
show("codecs.lookup('utf-16').name, codecs.lookup('UTF_32_be').name, codecs.lookup('u8').name, codecs.lookup('latin_1').name, codecs.lookup('cp1252').name")
show("codecs.lookup('utf-8').encode('\\xe9'), codecs.lookup('utf-8').decode(b'\\xc3\\xa9')")
show("codecs.lookup('utf-8')._is_text_encoding, codecs.lookup('rot13')._is_text_encoding")
show("codecs.encode('hello', 'rot_13'), codecs.decode('uryyb', 'rot13')")
show("'x'.encode('rot13')")
show("codecs.getencoder('ascii')('ab'), codecs.getdecoder('latin-1')(b'\\xe9')")
def search(name):
    if name == 'myenc':
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper().encode('ascii'), len(s)), lambda b, errors='strict': (bytes(b).decode('ascii').lower(), len(b)), name='myenc')
    if name == 'badenc':
        return 42
    if name == 'strenc':
        return codecs.CodecInfo(lambda s, errors='strict': ('not bytes', len(s)), lambda b, errors='strict': (b'not str', len(b)), name='strenc')
    if name == 'tupleenc':
        return codecs.CodecInfo(lambda s, errors='strict': (b'x',), lambda b, errors='strict': 'y', name='tupleenc')
    return None
codecs.register(search)
show("'abc'.encode('myenc'), b'ABC'.decode('myenc'), str(b'XY', 'myenc'), codecs.lookup('MyEnc').name")
show("'abc'.encode('badenc')")
show("'abc'.encode('strenc')")
show("b'abc'.decode('strenc')")
show("'abc'.encode('tupleenc')")
show("b'abc'.decode('tupleenc')")
show("type(memoryview(b'x').tobytes().decode('myenc'))")
codecs.unregister(search)
show("'abc'.encode('myenc')")
show("codecs.register(1)")
show("codecs.lookup('')")
seen = []
def search2(name):
    if name == 'spy':
        def dec(b, errors='strict'):
            seen.append(type(b).__name__)
            return (bytes(b).decode('latin-1'), len(b))
        def enc(s, errors='strict'):
            seen.append(type(s).__name__)
            return (s.encode('latin-1'), len(s))
        return codecs.CodecInfo(enc, dec, name='spy')
codecs.register(search2)
show("b'ab'.decode('spy'), bytearray(b'cd').decode('spy'), str(b'ef', 'spy'), str(memoryview(b'gh'), 'spy'), 'ij'.encode('spy'), codecs.decode(b'kl', 'spy')")
print(seen)
import _codecs, _string
print([(n, getattr(_codecs, n).__text_signature__) for n in sorted(dir(_codecs)) if not n.startswith('__')])
print([(n, getattr(_string, n).__text_signature__) for n in sorted(dir(_string)) if not n.startswith('__')])
print([n for n in dir(_codecs) if not n.startswith('__')] == sorted(n for n in _codecs.__dict__ if not n.startswith('__')))
class F(str):
    def __str__(self):
        return 'F.__str__'
f = F('val')
show("format(f), format(f, ''), format(f, '>5'), '{}'.format(f), '{:}'.format(f), f'{f}', f'{f!s}', f'{f:4}', '%s' % f, str(f), f.__format__('')")
