# ord() of one code point (one UTF-16 unit or a surrogate pair), lone surrogates, bytes, and the
# errors for other lengths.
for c in ['a', '\x00', '\uffff', '\U0001f600', '\ud800', '\udc00', 'ab', '', '\U0001f600a', b'a', bytearray(b'z'), b'', 'é']:
    try:
        print(repr(c), ord(c))
    except TypeError as e:
        print(repr(c), 'TypeError', e)
class S(str): pass
print(ord(S('x')))
