# Bad patterns: the re.error (message, pos, lineno, colno) of re.compile, and other compile errors.
BAD = ['(', ')', 'a)', '(a', '[a', '[', '[]', '[^]', '*', '+a', 'a**', 'a*+*', 'a{2}{3}', '?', '(?', '(?P', '(?P<',
       '(?P<a', '(?P<1a>x)', '(?P<a>x)(?P<a>y)', '(?P=a)', '(?P=', '(?P=a', '(?P<a>x)(?P=b)', '(?Px)', '(?#abc',
       '(?z)', '(?i', '(?-)', '(?-i)', '(?i-i:a)', '(?a-u:a)', '(?L)', '(?u-:a)', '(?<=a*)b', '(?<!a+)b', '(?<=a|bc)d',
       '(?<=(?P<x>a)|bc)d', r'(a)(?<=\1)', '(?(', '(?(1', '(?(1)a|b|c)', '(?(x)a)', '(?(0)a)', '(?(-1)a)', '(?(1a)a)',
       r'\1', r'(a)\2', r'\8', r'\0x', r'\x', r'\x1', r'\xg0', r'\u12', r'\U1234567', r'\U00110000', r'\N',
       r'\N{', r'\N{LATIN SMALL LETTER A', r'\N{NOT A NAME}', r'\q', r'\_', '\\', r'[\q]', r'[\A]', r'[z-a]',
       r'[a-\d]', r'[\d-a]', '[\\', '\\777', r'[\777]', 'a{1,0}', 'a{4294967296}', 'a{,4294967296}', 'x{2,1}',
       '(?<a>x)', '(?P<a-b>x)', '(?P<é>x)(?P=é)', '(?P<𝔘𝔫𝔦𝔠𝔬𝔡𝔢>x)', '(?P<a>)(?P<a', 'a\n(', '\n\n  )',
       '(?x)\n  [a\n', '(?:', '(?>', '(?>a', '(?=', '(?!', '(?<', '(?<x', '(?<=', '(?<!', '(?P>a)', '(?P!)',
       '(?' + 'a' * 10, '(?imsx', '(?im-', '(?i-m', '(?:a|b', 'a|*', '(|*)', '((a)', '\\b{', 'a{', 'a{1', 'a{1,',
       'a{1,2', '{', '{1}', 'x{1}{2}', '(?i)(?s)(?x)a(?m)', 'a(?i)b', '(?#a)(?i)b', '(?x)(?i)b', '(?x)#c\n(?i)b']
for p in BAD:
    check('re.compile(%r)' % p)
    check('re.compile(%r)' % p.encode('utf-8', 'surrogatepass'))
# too many or too large groups
check("re.compile('(a)' * 100).groups")
check("re.compile(r'\\100')")
check("re.compile(r'(a)' * 100 + r'\\100').groups")
check("re.compile('(?P<a>x)' + '(?P=a)' * 3).groups")
check("re.compile('a{1,65535}').match('a' * 70000).end()")
check("re.compile('a{65536}')")
check("re.compile('a{%d}' % (_sre.MAXREPEAT - 1)).groups")
check("re.compile('a{%d}' % _sre.MAXREPEAT)")
check("re.compile('a{%d,}' % _sre.MAXREPEAT)")
check("re.compile('a{,%d}' % (_sre.MAXREPEAT - 1)).groups")
check("re.compile('a{%d,}' % (2**32))")
check("re.compile('a{%d,}' % (2**64))")
# flags and argument types
check("re.compile('a', 'x')")
check("re.compile('a', 1.5)")
check("re.compile(1)")
check("re.compile(None)")
check("re.compile(re.compile('a'), re.I)")
check("re.compile(re.compile('a')) is re.compile(re.compile('a'))")
check("re.compile('a', re.DEBUG | 1024)")
check("re.compile('a', 2**40)")
check("re.compile('a', -1)")
check("re.compile('a', re.I | re.X).flags")
check("re.compile('(?x)a').flags")
check("re.compile(b'a').flags")
check("re.compile('a', re.TEMPLATE)")
check("re.template('a')")
check("re.purge()")
check("re.escape('a.b*c?\\n é😀 -#&~')")
check("re.escape(b'a.b*c?\\n\\xff -#&~')")
# deprecation-style errors of the parser (positions)
check("re.compile('(?P<a>a)(?P=a)(?P<b>b)').groupindex")
check("re.compile('a(?#comment)b').match('ab')")
check("re.compile('(?x)a # b\\n c').match('ac')")
check("re.compile('(?x)[ #]').findall('a # b')")
