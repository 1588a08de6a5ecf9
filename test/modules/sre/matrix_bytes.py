# bytes patterns over bytes, bytearray and memoryview subjects; str/bytes mixing errors.

SUBJECTS = [b'', b'a', b'abcabc', b'ab\nab\n', b'foo bar  baz_9', b'x1 22 333', b'\xc0\xe9\xff \xb5\xdf', b'AbC aBc',
            bytearray(b'aab ab'), memoryview(b'zabz')]
PATTERNS = [b'', b'a', b'ab', b'abab', b'.', b'\\w+', b'\\W', b'\\d+', b'\\s', b'\\bab\\b', b'[\\xc0-\\xff]+',
            b'(?i)abc', b'(?i)[a-c]+', b'(?i)\\xe9', b'(?i)\\xc9', b'(?L)\\w+', b'(?L)(?i)abc', b'(?iL)[\\xc0-\\xe9]',
            b'(a)(b)?', b'(?P<x>a+)(?P=x)?', b'a|b', b'(?<=a)b', b'(?m)^a', b'a*', b'(?s).', b'(?L)\\bb',
            b'(?i)(a)\\1', b'(?iL)(a)\\1', b'x*+', b'(?>a+)', b'[^a]', b'\\x00']
for p in PATTERNS:
    probe(p, SUBJECTS)
check("re.search('a', b'a')")
check("re.search(b'a', 'a')")
check("re.search(b'a', bytearray(b'xa'))")
check("re.search(b'a', memoryview(b'xa'))")
check("re.search('a', 1)")
check("re.search(b'a', 1)")
check("re.search(b'a', [1])")
check("re.compile(b'a').sub('x', b'a')")
check("re.compile(b'a').sub(b'x', 'a')")
check("re.compile('a').sub(b'x', 'a')")
check("re.compile(b'(a)').sub(b'[\\\\1]', bytearray(b'zaz'))")
check("re.compile(b'(a)').sub(bytearray(b'[\\\\1]'), b'zaz')")
check("re.compile(b'(a)').sub(memoryview(b'[\\\\1]'), b'zaz')")
check("re.compile(b'a').sub(bytearray(b'x'), b'zaz')")
check("re.compile(b'a').split(bytearray(b'zaz'))")
check("re.compile(b'a').findall(memoryview(b'zaz'))")
check("re.compile(b'.').findall(memoryview(b'abcd')[1:3])")
check("re.compile(b'.').findall(memoryview(b'abcd')[::2])")
check("re.compile(b'(a)').match(bytearray(b'ab')).group(0, 1)")
check("re.compile(b'(a)').match(b'ab').string")
check("re.compile(b'ab').match(b'ab').group() is re.compile(b'ab').match(b'ab').string")
check("re.compile(b'(?u)a')")
check("re.compile(b'(?a)a')")
check("re.compile('(?L)a')")
check("re.compile(b'a', re.U)")
check("re.compile('a', re.L)")
check("re.compile('(?au)a')")
check("re.compile('a', re.A | re.U)")
check("re.compile(b'[\\\\u0100]')")
check("re.compile(b'\\\\N{LATIN SMALL LETTER A}')")
check("re.compile(b'\\\\xff').match(b'\\\\xff')")
