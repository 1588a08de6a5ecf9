# str.replace takes the replacement literally: '$' sequences that are special to JavaScript's
# String.prototype.replace ('$&', '$$', "$'", '$`', '$1', '$<name>') stay as they are.
for rep in ['$&', '$$', "$'", '$`', '$1', '$<n>', '$', 'x$', '$$$', '\\1', '\\g<0>']:
    print(repr('abcb'.replace('b', rep)), repr('abcb'.replace('b', rep, 1)), repr('aaa'.replace('a', rep, -1)))
print(repr('abc'.replace('', '$&')), repr('abc'.replace('', '$', 2)))
print(repr('\U0001f600b\U0001f600'.replace('\U0001f600', '$&')), repr('a-b'.replace('-', '$`$\'')))
# f-strings and str() with encodings give ordinary strings whatever they are used for next.
s = f'{"x" * 10}{12345:>8}{"tail"}'
print(len(s), s.find('tail'), s[::-1], s.count('x'), s.startswith('xxx'), s.split('1'))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'abc', encoding='ascii'), str(b'\xff', 'latin-1', 'strict'), str(), str(object='o'))
try:
    str(b'\xff', 'ascii')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
