# str() and ascii() pass on a str subclass that __str__/__repr__ returned (object.__str__ is repr);
# ascii() escapes (and so makes an exact str) only when needed. (Sizes past sys.maxsize are not
# here: the oracle is a 32-bit build; test_str's test_raiseMemError covers them.)

class S(str):
    pass

class WithRepr:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return self.v

class WithStr:
    def __init__(self, v):
        self.v = v
    def __str__(self):
        return self.v

for v in ['<abc>', S('<abc>'), S('<\xe9>'), '<\u20ac>']:
    for f in (str, ascii, repr):
        r = f(WithRepr(v))
        print(f.__name__, type(r).__name__, r)
    r = str(WithStr(v))
    print('str/str', type(r).__name__, r)
    r = S(WithRepr(v))
    print('S()', type(r).__name__, r)
print(type(f'{WithRepr(S("x"))!a}').__name__, type(f'{WithRepr(S("x"))!r}').__name__)
class Both:
    def __str__(self):
        return S('s')
    def __repr__(self):
        return S('r')

# A format that is one '%s'/'%r'/'%a' and nothing else returns the conversion's object.
for fmt in ('%s', '%r', '%a', '%5s', ' %s', '%s%s', '%%'):
    for args in (WithRepr(S('x')), (WithRepr(S('x')),), Both(), S('z'), WithRepr(S('\xe9')), {'k': 1}, (1, 2)):
        try:
            r = fmt % args
            print(repr(fmt), type(r).__name__, r)
        except TypeError as e:
            print(repr(fmt), 'TypeError', e)
