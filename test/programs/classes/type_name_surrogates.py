# Type names and docstrings must encode to UTF-8 (lone surrogates raise UnicodeEncodeError, before the
# NUL check); the error leaves the class unchanged.
def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except (UnicodeEncodeError, ValueError, TypeError) as e:
        print(label, type(e).__name__, e)

attempt('name', lambda: type('A\udcdcB', (), {}))
attempt('name nul', lambda: type('A\x00B', (), {}))
attempt('name both', lambda: type('A\udcdc\x00', (), {}))
attempt('name pair', lambda: type('A\U0001f40dB', (), {}).__name__)
attempt('doc', lambda: type('A', (), {'__doc__': 'x\udcdcy'}))
for doc in 'x', '\xc4', '\U0001f40d', 'x\x00y', b'x', 42, None:
    attempt('doc ok', lambda: type('A', (), {'__doc__': doc}).__doc__)
A = type('C', (), {})
def setname(v):
    A.__name__ = v
attempt('set', lambda: setname('A\udcdcB'))
attempt('set nul', lambda: setname('A\x00B'))
attempt('set bytes', lambda: setname(b'A'))
print(A.__name__)
setname('D\xe9')
print(A.__name__, A)
