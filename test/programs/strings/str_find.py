# str.find/rfind/index/rindex/count/startswith/endswith: every argument form and error.
def show(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
    else:
        print(expr, '->', repr(r))

samples = ['', 'a', 'abc', 'abcabc', 'aaaa', 'hello world', 'xyzzy']
subs = ['', 'a', 'b', 'bc', 'abc', 'aa', 'z', 'zz', 'hello world!']
bounds = [(), (0,), (1,), (-1,), (-3,), (10,), (1, 3), (0, -1), (2, 2), (3, 1), (-10, 10), (None, 2), (1, None), (None, None)]
for s in samples:
    for sub in subs:
        for b in bounds:
            r = []
            for m in ('find', 'rfind', 'count', 'startswith', 'endswith'):
                r.append(getattr(s, m)(sub, *b))
            print(repr(s), repr(sub), b, r)

show("'abc'.index('c')")
show("'abc'.index('d')")
show("'abc'.rindex('d')")
show("'abcabc'.rindex('b', 0, 4)")
show("'abc'.find(1)")
show("'abc'.find(None)")
show("'abc'.count(b'a')")
show("'abc'.index()")
show("'abc'.find('a', 1, 2, 3)")
show("'abc'.find('a', 'x')")
show("'abc'.find('a', 1.5)")
show("'abc'.find('a', 2**100)")
show("'abc'.find('a', -2**100)")
show("'abc'.rfind('c', 0, 2**100)")
show("'abc'.find(sub='a')")
show("'abc'.startswith(('x', 'a'))")
show("'abc'.startswith(('x', 'y'))")
show("'abc'.startswith(())")
show("'abc'.endswith(('c', 1))")
show("'abc'.endswith((1, 'c'))")
show("'abc'.startswith(1)")
show("'abc'.endswith(['c'])")
show("'abc'.startswith('b', 1)")
show("'abc'.endswith('b', 0, 2)")
show("'abc'.startswith('', 3)")
show("'abc'.startswith('', 4)")
show("'abc'.endswith('', 4)")
show("'abc'.startswith()")
show("'abc'.count('')")
show("''.count('')")
show("'abc'.count('', 5)")
show("'abc'.count('', 3)")
show("'aaaaa'.count('aa')")
show("'aaaaa'.count('aa', 1)")

class I:
    def __index__(self):
        return 1
show("'abc'.find('b', I())")
show("'abcb'.rfind('b', None, I())")
show("'ab\\u1234c'.find('\\u1234')")
show("'ab\\u1234c'.find('c', 3)")
show("'abc'.find('\\u1234')")
show("'abc'.count('\\u1234')")
