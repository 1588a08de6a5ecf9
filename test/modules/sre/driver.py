# Shared prelude of the _sre test programs (tools/gen/sre.ts prepends it to each program, for the
# oracle and for pyts alike).  check(expr) prints the expression and what evaluating it gives: a
# detailed view of match objects, or the exception type and message.
import re, _sre, sys, copy, warnings

def show(v):
    if isinstance(v, re.Match):
        return 'M%r' % ((v.regs, v.groups(), v.groupdict(), v.lastindex, v.lastgroup, v.pos, v.endpos),)
    if type(v).__name__ == 'callable_iterator':
        return 'iter[' + ', '.join(show(x) for x in v) + ']'
    if isinstance(v, list) and v and isinstance(v[0], re.Match):
        return '[' + ', '.join(show(x) for x in v) + ']'
    return repr(v)

def err(e):
    if isinstance(e, re.error):
        return 'error: %s | %r %r %r' % (e, e.pos, e.lineno, e.colno)
    return '%s: %s' % (type(e).__name__, e)

def noaddr(s):
    return re.sub(' at 0x[0-9a-f]+', ' at 0x?', s)

def check(expr, ns=None):
    try:
        r = show(eval(expr, globals() if ns is None else ns))
    except Exception as e:
        r = err(e)
    print(expr, '=>', noaddr(r))

def etype(expr):
    """Only the exception type (for messages that depend on the width of C long)."""
    try:
        r = show(eval(expr, globals()))
    except Exception as e:
        r = type(e).__name__
    print(expr, '=>', r)

# The oracle is a 32-bit build; pyts answers as 64-bit CPython does.
WIDE = sys.maxsize > 2**32

def attempt(f, *args, **kw):
    try:
        return show(f(*args, **kw))
    except Exception as e:
        return err(e)

def probe(pattern, subjects, flags=0):
    """Every method of a compiled pattern over each subject."""
    try:
        with warnings.catch_warnings(record=True) as ws:
            warnings.simplefilter('always')
            p = re.compile(pattern, flags)
    except Exception as e:
        print(repr(pattern), flags, 'compile', err(e))
        return
    for w in ws:
        print(repr(pattern), flags, 'warning', w.category.__name__, w.message)
    repl = b'<\\g<0>>' if isinstance(pattern, bytes) else '<\\g<0>>'
    for s in subjects:
        print(repr(pattern), flags, noaddr(repr(s)))
        print('  search   ', attempt(p.search, s))
        print('  match    ', attempt(p.match, s))
        print('  fullmatch', attempt(p.fullmatch, s))
        print('  findall  ', attempt(p.findall, s))
        print('  finditer ', attempt(lambda: [m.span() for m in p.finditer(s)]))
        print('  split    ', attempt(p.split, s))
        print('  sub      ', attempt(p.sub, repl, s))
        print('  subn     ', attempt(p.subn, lambda m: m.group()[::-1], s))

