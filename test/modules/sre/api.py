# The Match and Pattern objects: attributes, errors, repr, copy, equality.
m = re.search(r'(?P<first>\w+) (?P<last>\w+)(?P<opt>!)?( x)?', 'Isaac Newton, physicist')
for e in ['m', 'm.group()', 'm.group(0)', 'm.group(1)', 'm.group("first")', 'm.group(1, 2)', 'm.group("last", 1, 0)',
          'm.group(3)', 'm.group(4)', 'm.group(5)', 'm.group(-1)', 'm.group("nope")', 'm.group(1.0)', 'm.group(True)',
          'm.group(2**80)', 'm.group(-2**80)', 'm.group(None)', 'm.group([1])', 'm[0]', 'm[1]', 'm["last"]', 'm[5]',
          'm["x"]', 'm[b"first"]', 'm[1:2]', 'm.groups()', 'm.groups("d")', 'm.groups(default=0)', 'm.groups(1, 2)',
          'm.groupdict()', 'm.groupdict(0)', 'm.groupdict(default="-")', 'm.start()', 'm.start(1)', 'm.start(3)',
          'm.start("last")', 'm.end(2)', 'm.end(3)', 'm.end(9)', 'm.span()', 'm.span(2)', 'm.span(3)', 'm.span("nope")',
          'm.span(1, 2)', 'm.start(None)', 'm.regs', 'm.lastindex', 'm.lastgroup', 'm.pos', 'm.endpos', 'm.re',
          'm.string', 'repr(m)', 'bool(m)', 'len(m)', 'copy.copy(m) is m', 'copy.deepcopy(m) is m',
          'm.expand(r"\\2, \\1")', 'm.expand(r"\\g<last> \\g<0> \\g<1>")', 'm.expand(r"\\3")', 'm.expand(r"\\9")',
          'm.expand(r"\\g<nope>")', 'm.expand(b"x")', 'm.expand(1)', 'm.expand("\\\\n\\\\t\\\\x41\\\\101\\\\0")',
          'type(m)', 'type(m).__name__', 'type(m).__module__', 'type(m).__qualname__', 're.Match[str]',
          're.Match[bytes, int]', 'iter(m)', 'm.__class_getitem__(int)', 'm < m', 'm == m', 'hash(m) == hash(m)',
          "re.Match()", "type(m)()", "m.__reduce_ex__(2)", "m.string.__class__",
          "[m.__getitem__(i) for i in range(3)]", "m.__copy__() is m", "m.__deepcopy__({}) is m", "m.__deepcopy__()",
          "m.start(0, 1)", "m.group(*range(5))", "m.groups(None)"]:
    check(e)
m2 = re.match('(a)(b)?(?P<c>c)?', 'a')
for e in ['m2.lastindex', 'm2.lastgroup', 'm2.groups()', 'm2.span(2)', 'm2.start("c")', 'm2.regs', 'm2.groupdict("")',
          'm2.expand(r"[\\2][\\g<c>]")', 'm2.expand(r"[\\1]")']:
    check(e)
for pat, s in [('(a)|(b)', 'b'), ('((a)|b)+', 'ab'), ('(?P<x>(?P<y>a))', 'a'), ('(a)(?:(b)|c)', 'ac'), ('()', ''),
               ('(a(b))', 'ab'), ('(?:(a)|b)*', 'ab'), ('(a)(b)(c)', 'abc'), ('(?P<n>a)?', ''), ('x', 'x')]:
    check('(lambda m: (m.lastindex, m.lastgroup, m.regs))(re.match(%r, %r))' % (pat, s))
# reprs: long and odd subjects
for s in ['a' * 100, 'é' * 60, '\n\t\'"', 'x\ud800', b'\x00\xff' * 30, 'ab😀' * 20]:
    check('repr(re.search(%r, %r))' % ('(?s).+' if isinstance(s, str) else b'(?s).+', s))
class S(str): pass
class B(bytes): pass
check("re.match('a', S('ab'))")
check("type(re.match('a', S('ab')).group())")
check("type(re.match('a', S('ab')).string)")
check("type(re.match('ab', S('ab')).group())")
check("type(re.match(b'ab', B(b'ab')).group())")
check("type(re.match(b'ab', b'ab').group())")
check("type(re.match('(a)', S('ab')).expand('\\\\1'))")
check("type(re.sub('x', 'y', S('ab')))")
check("type(re.sub('a', 'a', S('ab')))")
check("re.sub(S('a'), S('b'), S('cac'))")

# Pattern
p = re.compile(r'(?P<a>x)(y)(?P<b>z)?', re.I | re.M)
for e in ['p', 'p.pattern', 'p.flags', 'p.groups', 'p.groupindex', 'type(p.groupindex)', 'p.groupindex["a"]',
          'p.groupindex.copy()', 'list(p.groupindex)', 'repr(re.compile("x"))', 'repr(re.compile(b"x"))',
          'repr(re.compile("x", re.A))', 'repr(re.compile("x", re.U))', 'repr(re.compile("(?u)x"))',
          'repr(re.compile(b"x", re.L))', 'repr(re.compile("x", re.S | re.X | re.DEBUG & 0))',
          'repr(re.compile("x" * 300))', 'repr(re.compile("é" * 300, re.I))', 'repr(re.compile(b"\\xff" * 100))',
          'repr(re.compile("x", re.A | re.I | re.M | re.S | re.X))', 'copy.copy(p) is p', 'copy.deepcopy(p) is p',
          'p == re.compile(r"(?P<a>x)(y)(?P<b>z)?", re.I | re.M)', 'p != re.compile(r"(?P<a>x)(y)(?P<b>z)?", re.I)',
          'p == re.compile(r"(?P<a>x)(y)(?P<b>z)?", re.I | re.M | re.DEBUG & 0)', 're.compile("a") == re.compile(b"a")',
          're.compile("a") == "a"', 're.compile("a") < re.compile("a")', 're.compile("a") == re.compile("(?:a)")',
          'hash(re.compile("a")) == hash(re.compile("a"))', 'hash(re.compile("a", re.I)) == hash(re.compile("a"))',
          're.compile("(?i)a") == re.compile("a", re.I)', 'type(p)', 'type(p).__name__', 'type(p).__module__',
          're.Pattern[str]', 're.Pattern[bytes]', 'p.pattern.__class__', 'p.groupindex is p.groupindex',
          're.compile("a").groupindex', 'type(re.compile("a").groupindex)', 're.Pattern()', 'type(p)()',
          'p.match("xyz", 0, 3, 4)', 'p.scanner("xyxy")', 'type(p.scanner("")).__name__', 'p.scanner("").pattern is p',
          'p.__copy__() is p', 'p.__deepcopy__(None) is p', 'copy.copy(re.compile("b")).pattern',
          'p.flags == re.I | re.M | re.U', 'p.groups == 3', 're.compile("").groups', 'p.__class_getitem__(str)',
          'p.sub', 'sorted(k for k in dir(p) if not k.startswith("__"))',
          'sorted(k for k in dir(re.match("", "")) if not k.startswith("__"))',
          'sorted(k for k in dir(_sre) if not k.startswith("__"))']:
    check(e)
check("setattr(p, 'flags', 1)")
check("setattr(p, 'pattern', 1)")
check("setattr(p, 'groups', 1)")
check("setattr(p, 'groupindex', 1)")
check("setattr(p, 'x', 1)")
check("setattr(re.match('a', 'a'), 'pos', 1)")
check("setattr(re.match('a', 'a'), 'lastindex', 1)")
check("p.groupindex.__setitem__('a', 3)")
check("__import__('weakref').ref(p)() is p")
check("[(k, v) for k, v in sorted(vars(re.RegexFlag).items()) if k.isupper()]")
check("re.RegexFlag(re.I | re.S)")
check("re.I | re.A")
check("re.NOFLAG")
check("~re.I")
