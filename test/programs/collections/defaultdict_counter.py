from collections import defaultdict, Counter
dd = defaultdict(list)
dd['a'].append(1)
dd['b']
print(dd, dd.default_factory, dict(dd), 'c' in dd, dd.get('c'), len(dd))
di = defaultdict(int, {'x': 1}, y=2)
di['z'] += 5
print(di, di.copy(), type(di.copy()).__name__, di == {'x': 1, 'y': 2, 'z': 5})
n = defaultdict()
try:
    n['k']
except KeyError as e:
    print('KeyError', e)
print(n, defaultdict(None, {1: 2}), repr(defaultdict(lambda: 0)).startswith('defaultdict(<function'))
try:
    defaultdict(1)
except TypeError as e:
    print(e)
print(defaultdict(int) | {1: 2}, {1: 2} | defaultdict(str, {3: 4}), type({1: 2} | defaultdict(int)).__name__)
x = defaultdict(set)
x[1] |= {2}
x.default_factory = tuple
print(x, x[5], x.__missing__(6), x)
r = defaultdict(list)
r['self'] = r
print(r)
print(defaultdict(int).__reduce__()[:4], defaultdict[str, int], isinstance(dd, dict))
class DD(defaultdict):
    pass
s = DD(int)
s[1] += 1
print(s, type(s.copy()).__name__)
c = Counter('abracadabra')
print(c, c.most_common(2), c['z'], sorted(c.elements()), c.total())
c.update('aaz')
c.subtract({'b': 5})
print(c, +c, -c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2), Counter(a=3) | Counter(a=1, c=2))
print(Counter([1, 2, 2, 3, 3, 3]).most_common(), Counter({'x': 2}) == Counter(x=2), Counter('aab') < Counter('aabb'))
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(3), list(Counter(words)))
