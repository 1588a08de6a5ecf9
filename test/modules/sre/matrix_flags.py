# Patterns compiled with flags, and the same pattern over pos/endpos windows.
SUBJECTS = ['', 'abc ABC', 'a\nb\nc\n', 'Straße STRASSE', 'ΣΑΣ σας', 'İi Iı', 'ǅǄǆ', 'ſ s S K k K', 'µ Μ μ']
for flags in (re.I, re.M, re.S, re.X, re.A, re.I | re.A, re.M | re.S, re.I | re.M):
    for p in ['abc', '^b$', '.', '\\w+', '[a-z]+', '[^a-z]+', 'S', 's', 'k', 'Σ', 'ς', 'σ', 'i', 'I', 'ß', 'ǆ', 'µ',
              '[ς]', '[k-s]+', '\\bA', 'a b c', '(?-i:A)', '$', '^', '\\S+$']:
        probe(p, SUBJECTS, flags)

# pos and endpos
p = re.compile(r'\b\w')
s = 'ab cd ef'
for pos in (-5, 0, 1, 2, 3, 8, 20):
    for endpos in (-1, 0, 2, 3, 5, 8, 100):
        print(pos, endpos, attempt(p.search, s, pos, endpos), attempt(p.match, s, pos, endpos),
              attempt(p.fullmatch, s, pos, endpos), attempt(p.findall, s, pos, endpos),
              attempt(lambda: [m.span() for m in p.finditer(s, pos, endpos)]))
for pat in ['', '$', '^', 'a*', r'\Z', r'(?<=a)b', '(?m)^', '(?m)$', 'b$']:
    q = re.compile(pat)
    for pos, endpos in ((0, 2), (1, 2), (2, 1), (3, 3), (1, 100), (2, 2)):
        print(repr(pat), pos, endpos, attempt(q.search, 'aab\nb', pos, endpos), attempt(q.match, 'aab\nb', pos, endpos),
              attempt(q.fullmatch, 'aab\nb', pos, endpos), attempt(q.findall, 'aab\nb', pos, endpos))
check("re.compile('a').match('aaa', pos=1, endpos=2)")
check("re.compile('a').search(string='xa')")
check("re.compile('a').match('a', 2**70)")
check("re.compile('a').match('a', -2**70)")
check("re.compile('a').match('a', 0, 2**70)")
check("re.compile('a').match('a', 1.0)")
check("re.compile('a').match('a', '1')")
check("re.compile('a').match()")
check("re.compile('a').match('a', 0, 1, 2)")
check("re.compile('a').match('a', bogus=1)")
