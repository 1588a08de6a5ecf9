# replace (with count, positional and keyword), join, translate, maketrans.
def show(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
    else:
        print(expr, '->', repr(r))

for s in ['', 'a', 'abc', 'aaa', 'abcabc', 'xax']:
    for old, new in [('', '-'), ('a', ''), ('a', 'bb'), ('abc', 'x'), ('aa', 'b'), ('x', 'y'), ('', '')]:
        print(repr(s), repr(old), repr(new), [s.replace(old, new, n) for n in (-1, 0, 1, 2, 10)], repr(s.replace(old, new)), repr(s.replace(old, new, count=1)))
show("'abc'.replace('a')")
show("'abc'.replace(1, 'x')")
show("'abc'.replace('a', 1)")
show("'abc'.replace('a', 'b', 'c')")
show("'abc'.replace('a', 'b', 1.0)")
show("'abc'.replace('a', 'b', 1, 2)")
show("'abc'.replace(old='a', new='b')")
show("'\\U0001f600a\\U0001f600'.replace('', '|')")
show("'\\U0001f600a\\U0001f600'.replace('', '|', 2)")

show("','.join(['a', 'b', 'c'])")
show("','.join([])")
show("','.join(['a'])")
show("','.join('abc')")
show("','.join(('x', 'y'))")
show("','.join({'k': 1, 'j': 2})")
show("','.join(x for x in 'ab')")
show("','.join(['a', 1])")
show("','.join([1, 'a'])")
show("','.join([b'a'])")
show("','.join(1)")
show("','.join(None)")
show("','.join()")
show("''.join(['\\U0001f600', 'x'])")
class S(str):
    pass
show("','.join([S('a'), 'b'])")
show("type(''.join([S('a')]))")

t = str.maketrans('abc', 'xyz', 'd')
print(sorted(t.items()))
show("'abcd-abcd'.translate(str.maketrans('abc', 'xyz', 'd'))")
show("str.maketrans({'a': 'b', 98: None, 'c': 100})")
show("'abc'.translate(str.maketrans({'a': 'b', 98: None, 'c': 100}))")
show("str.maketrans({'ab': 1})")
show("str.maketrans({1.5: 1})")
show("str.maketrans({})")
show("str.maketrans([])")
show("str.maketrans('ab', 'c')")
show("str.maketrans(1, 'c')")
show("str.maketrans('a', 1)")
show("str.maketrans('a', 'b', 1)")
show("str.maketrans()")
show("str.maketrans('a', 'b', 'c', 'd')")
show("'abc'.translate({97: 'xyz'})")
show("'abc'.translate({97: 0x1f600})")
show("'abc'.translate({97: 0x110000})")
show("'abc'.translate({97: -1})")
show("'abc'.translate({97: 1.5})")
show("'abc'.translate({97: b'x'})")
show("'abc'.translate([None, 'x'])")
show("'abc'.translate('xyz')")
show("'abc'.translate(None)")
show("'abc'.translate(1)")
show("'\\xe9\\U0001f600b'.translate({0x1f600: 'S', 0xe9: None})")
show("'aaa'.translate({97: None})")
show("'a\\u0100a'.translate({97: 'é'})")
class M:
    def __init__(self):
        self.calls = []
    def __getitem__(self, k):
        self.calls.append(k)
        if k == 98:
            raise LookupError(k)
        if k == 99:
            raise KeyError(k)
        if k == 100:
            raise IndexError(k)
        if k == 101:
            raise ValueError('bad')
        return k + 1
m = M()
print(repr('abcdabc'.translate(m)), m.calls)
show("'e'.translate(M())")
