# sub, subn, split and templates: group references, escapes, callables, counts, empty matches.
cases = [
    (r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar'),
    (r'(?P<a>\w)', r'<\g<a>\g<1>\g<0>>', 'ab'),
    (r'a', r'\n\t\\', 'xax'),
    (r'a', '\\x41', 'a'), (r'a', r'\0', 'a'), (r'a', r'\01', 'a'), (r'a', r'\101', 'a'), (r'(a)', r'\10', 'a'),
    (r'(a)', r'\1\1', 'a'), (r'(a)', r'\g<1>0', 'a'), (r'(a)', r'\g< 1 >', 'a'), (r'(a)', r'\g<+1>', 'a'),
    (r'(a)', r'\g<01>', 'a'), (r'(a)', r'\g<1', 'a'), (r'(a)', r'\g<>', 'a'), (r'(a)', r'\g', 'a'),
    (r'(a)', r'\g<-1>', 'a'), (r'(a)', r'\g<x>', 'a'), (r'(a)', r'\g<1a>', 'a'), (r'(a)', r'\2', 'a'),
    (r'(a)', r'\q', 'a'), (r'(a)', '\\', 'a'), (r'(a)', r'\N{DIGIT ONE}', 'a'), (r'(a)', r'\u0041', 'a'),
    (r'(a)|b', r'[\1]', 'ab'), (r'x*', '-', 'abxd'), (r'', '-', 'abc'), (r'\b', '|', 'ab cd'), (r'a|', '-', 'bab'),
    (r'(?:)', r'\g<0>', 'ab'), (r'(a)(?P<n>b)?', r'\g<n>', 'aab'), (r'a', '', 'aaa'), (r'(a)', r'\g<0>\g<1>', 'a'),
    ('(?P<😀>a)', r'\g<😀>', 'a'), ('(a)', '\\g<\u0661>', 'a'), ('(a)', r'\g<１>', 'a'),
    (b'(a)', b'[\\1]', b'zaz'), (b'(a)', b'\\x41', b'a'), (b'(a)', b'\\g<1>\\g<0>', b'a'), (b'a', b'\\u0041', b'a'),
    (b'(a)', b'\\N{DIGIT ONE}', b'a'), (b'x*', b'-', b'abxd'), (b'(?P<n>a)', b'\\g<n>', b'a'),
]
for pat, repl, s in cases:
    check('re.sub(%r, %r, %r)' % (pat, repl, s))
    check('re.subn(%r, %r, %r)' % (pat, repl, s))
for count in (0, 1, 2, -1, 10):
    check("re.sub('a', 'b', 'aaa', count=%d)" % count)
    check("re.subn('a*', 'b', 'aaxaa', %d)" % count)
    check("re.split('a', 'babab', maxsplit=%d)" % count)
    check("re.split('(a)|x', 'bxbab', %d)" % count)
check("re.sub('a', 'b', 'aaa', 1.5)")
check("re.sub('a', 'b', 'aaa', count='1')")
check("re.sub('a', 'b', 'aaa', 1, 0)")
check("re.compile('a').sub('b', 'aaa', 1, 0)")
check("re.sub('a', lambda m: m.group().upper(), 'banana')")
check("re.sub('(a)', lambda m: None, 'banana')")
check("re.sub('a', lambda m: 1, 'banana')")
check("re.sub('a', lambda m: b'x', 'banana')")
check("re.sub(b'a', lambda m: 'x', b'banana')")
check("re.sub(b'a', lambda m: bytearray(b'x'), b'banana')")
check("re.sub(b'a', lambda m: memoryview(b'xy'), b'banana')")
check("re.sub('a', lambda m: 1/0, 'banana')")
check("re.sub('a', lambda: 1, 'banana')")
check("re.sub('a', 1, 'banana')")
check("re.sub('a', None, 'banana')")
check("re.subn('(a)(n)?', lambda m: str(m.lastindex), 'banana')")
check("re.sub('(a)', lambda m: re.sub('a', 'A', m.group()), 'banana')")
check("re.sub('a', re.sub, 'banana')")
check("re.sub('x', str.upper, 'xyx')")
check("re.sub('(?P<l>a)', '\\\\g<l>', 'ba', flags=re.I)")
check("re.split(r'\\W+', 'Words, words, words.')")
check("re.split(r'(\\W+)', 'Words, words, words.')")
check("re.split(r'\\W*', '...words...')")
check("re.split(r'(\\W*)', '...words...')")
check("re.split(r'', 'abc')")
check("re.split(r'(?=b)', 'abcb')")
check("re.split(r'x*', 'axbc')")
check("re.split(r'(x)|(y)', 'axbyc')")
check("re.split(b'[,;]', b'a,b;c')")
check("re.split('a', 'bab', 2**80)")
check("re.compile('a').split('bab', maxsplit=-5)")
check("re.compile('a').split('bab', 1, 2)")
check("re.findall(r'(a)(b)?', 'abaab')")
check("re.findall(r'(?:a)(b)?', 'abaab')")
check("re.findall(r'', 'ab')")
check("re.findall(r'\\b', 'ab cd')")
check("re.findall(r'a*', 'baaac')")
check("re.findall(r'a*?', 'baaac')")
check("re.findall(r'(a)|b', 'ab')")
check("re.findall(r'()', 'ab')")
check("[m.span() for m in re.finditer(r'a*', 'baaac')]")
check("[m.span() for m in re.finditer(r'\\b|a', 'a b')]")
check("[m.span() for m in re.finditer(r'(?=a)|a', 'aa')]")
check("[m.group() for m in re.finditer(r'\\w+', 'x yy zzz', 2)]")
check("[m.group() for m in re.finditer(r'\\w+', 'x yy zzz', 0, 4)]")
check("re.sub(r'(?m)^', '> ', 'a\\nb\\n')")
check("re.sub(r'(?m)$', '<', 'a\\nb\\n')")
check("re.sub(r'$', '<', 'a\\nb\\n')")
check("re.sub(r'\\s*', '-', 'a b')")
check("re.sub('.', lambda m: m.expand('\\\\g<0>!'), 'ab')")
# _sre.template directly
p = re.compile('(a)(b)')
check("_sre.template(p, ['x', 1, 'y'])")
check("type(_sre.template(p, ['x']))")
check("_sre.template(p, ['x', 1])")
check("_sre.template(p, [])")
check("_sre.template(p, ('x',))")
check("_sre.template(p, ['x', -1, 'y'])")
check("_sre.template(p, ['x', 1.0, 'y'])")
check("_sre.template(p, ['x', 'a', 'y'])")
check("_sre.template(p, ['x', 2**70, 'y'])")
check("_sre.template(p, ['x', True, 'y'])")
check("_sre.template()")
check("p.sub(_sre.template(p, ['[', 2, '|', 1, ']']), 'abab')")
check("p.sub(_sre.template(p, ['[', 5, ']']), 'abab')")
check("p.sub(_sre.template(p, [b'[', 2, b']']), 'abab')")
check("p.sub(_sre.template(p, [1, 2, 3]), 'abab')")
check("re._compile_template(p, '\\\\2-\\\\1')")
check("re._compile_template(p, b'\\\\2-\\\\1')")
