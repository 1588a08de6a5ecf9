d = {'a': 1, 'b': 2, 'c': 3}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('a', 9), d.setdefault('d', 4), d)
print(d.pop('d'), d.pop('z', 'dflt'), d.popitem(), d)
for call in ["d['z']", "d.pop('z')", "{}.popitem()", "d[[1]]", "d.get([1])", "{}.setdefault([])", "dict(1, 2)",
             "dict([1])", "dict([[1, 2, 3]])", "dict([(1, 2), 'abc'])", "dict.fromkeys()", "d.update(1)",
             "d.update([1])", "d.update({}, {})", "{} | []", "[] | {}", "d < d", "{[]: 1}", "{}.pop([])",
             "{1: 1}.pop([])", "d.get()", "d.keys(1)", "dict({1: 2}, {3: 4})", "hash({})", "{}.fromkeys(1)"]:
    try:
        print(call, '->', eval(call))
    except Exception as e:
        print(call, '->', type(e).__name__, e, getattr(e, '__notes__', ''))
e = dict(a=1, b=2)
e.update([('c', 3)], d=4)
e.update({'a': 0})
e.update(e)
print(e, dict(e, z=26), dict([(1, 2), [3, 4]]), dict(zip('ab', 'cd')), dict.fromkeys('xy', 0), dict.fromkeys(range(3)))
print({1: 2} | {3: 4}, {1: 2} | {1: 5})
f = {1: 'a'}
f |= {2: 'b'}
f |= [(3, 'c')]
print(f, f == {3: 'c', 2: 'b', 1: 'a'}, f != {1: 'a'}, {1: 1} == {1: 1.0}, {1: [1]} == {1: [1]})
g = dict.fromkeys('abc')
print(list(reversed(g)), list(reversed(g.keys())), list(reversed(g.values())), list(reversed(g.items())))
print(g.copy(), len(g), 'a' in g, 'z' not in g, g.__contains__('b'), g.__getitem__('c'))
h = {}
h[1] = 'int'
h[1.0] = 'float'
h[True] = 'bool'
print(h, {1: 'a', True: 'b'}, {0: 'z', False: 'f', 0.0: 'g'})
class Missing(dict):
    def __missing__(self, key):
        return key * 2
m = Missing(a=1)
print(m['a'], m['zz'], m.get('zz'), 'zz' in m, m)
class M2(dict):
    pass
try:
    M2()['q']
except KeyError as e:
    print('KeyError', e)
x = {}
x['self'] = x
print(x, repr({1: {2: x}}))
print(dict[str, int], dict.__class_getitem__(int), {}.__class__.__name__)
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        print('eq', self.v, getattr(other, 'v', other))
        return isinstance(other, K) and self.v == other.v
k1, k2 = K(1), K(1)
dd = {k1: 'first'}
print(dd[k2], k2 in dd)
dd[k2] = 'second'
print(len(dd), dd[k1])
print({'a': 1}.keys() == {'a'}, {'a': 1}.items() == {('a', 1)}, {'a': 1}.values() == {'a': 1}.values())
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], sum(big.values()), big.popitem(), list(big)[-3:])
words = 'the quick brown fox jumps over the lazy dog the end'.split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
