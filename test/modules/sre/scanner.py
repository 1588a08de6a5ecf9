# Pattern.scanner: match() and search() steps, exhaustion, re-entrancy, and re.Scanner.
sc = re.compile(r'\w|(\s)').scanner('a b  c')
check("[sc.match() for _ in range(8)]")
sc2 = re.compile(r'\d+').scanner('a1 22 b333', 1, 8)
check("[sc2.search() for _ in range(5)]")
sc3 = re.compile('').scanner('ab')
check("[sc3.search() for _ in range(5)]")
sc4 = re.compile('x*').scanner('axxb')
check("[sc4.match() for _ in range(3)]")
sc5 = re.compile('x*').scanner('axxb')
check("[sc5.search() for _ in range(6)]")
check("re.compile('a').scanner('aaa', pos=1).search()")
check("re.compile('a').scanner('aaa', endpos=2).match()")
check("re.compile('a').scanner(1)")
check("re.compile(b'a').scanner('a')")
check("type(re.compile('a').scanner(''))()")
it = re.finditer('a', 'aa')
check("type(it).__name__")
check("list(it)")
check("list(it)")
def reenter(m):
    return sc6.search()
sc6 = re.compile('a').scanner('aaa')
check("re.sub('a', reenter, 'a')")
check("sc6.search()")
scanner = re.Scanner([
    (r'[a-zA-Z_]\w*', lambda s, t: ('ident', t)),
    (r'\d+\.\d*', lambda s, t: ('float', t)),
    (r'\d+', lambda s, t: ('int', t)),
    (r'=|\+|-|\*|/', lambda s, t: ('op', t)),
    (r'\s+', None),
])
check("scanner.scan('sum = 3*foo + 312.50 + bar ?')")
check("re.Scanner([('a', 1), ('(b)', 2)]).scan('aab')")
