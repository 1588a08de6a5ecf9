# set algebra on small ints: result orders follow CPython's code paths
a = {1, 2, 3, 4, 5, 6, 7, 8}
b = {5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18}
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a)
print(a.union(b, [100, 0]), a.intersection(b, range(7)), a.difference(b, [1]), a.symmetric_difference(range(3, 30, 4)))
print(b & a, b.intersection(a), a.intersection(range(100)), set(range(50)) & {49, 1, 33})
print(a.issubset(range(20)), a.issuperset([1, 2]), a <= b, a < a, a >= {1}, a > a, a == set(a), a != b)
print(a.isdisjoint(b), a.isdisjoint([100]), a.isdisjoint(a), set().isdisjoint(set()))
c = set(range(10))
c -= {1, 2, 3}
c |= {100, 200}
c &= set(range(150))
c ^= {0, 1000}
print(c)
c.update([7, 8, 33], range(40, 45))
c.intersection_update(range(0, 100, 2), range(0, 100, 3))
print(c)
c = set(range(30))
c.difference_update(range(0, 30, 2), [1, 3])
print(c)
c.symmetric_difference_update(range(10))
print(c)
big = set(range(1000))
small = {5, 999, 500}
print(small - big, big.difference(range(999)), sorted(big - set(range(990))))
print(small & big, big & small, small.intersection(big), big.intersection(small))
print(set(range(100)).difference({1: 2, 50: 1}), {1, 2, 3}.difference(dict.fromkeys([2])), set(range(40)).difference(dict.fromkeys(range(35))))
s = set()
for i in [31, 15, 7, 3, 1, 63, 64, 65, 128, 256]:
    s.add(i)
print(s)
while s:
    print(s.pop(), end=' ')
print()
s = set(range(20))
print([s.pop() for _ in range(5)], s)
s.discard(19)
s.remove(18)
s.add(1)
print(s, len(s))
for bad in ["s.remove(99)", "set().pop()", "s.add([])", "[] in s", "s.discard({})", "{1}.intersection([[1]])",
            "{1} - [1]", "{1} | [2]", "{1} < [1]", "set(1, 2)", "set(x=1)", "frozenset(1, 2)", "s.update(1)",
            "s.issubset(1)", "hash(set())", "{1}.union(5)"]:
    try:
        print(bad, '->', eval(bad))
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
fs = frozenset([3, 1, 2])
print(fs, fs | {4}, {4} | fs, fs & {1, 9}, fs.copy() is fs, frozenset(fs) is fs, fs == {1, 2, 3}, {1, 2, 3} == fs)
print({frozenset([1])}, {1} in {frozenset([1])}, {frozenset([1]): 'x'}[frozenset({1})])
q = {frozenset([1]), 2}
q.remove({1})
print(q)
class S(set):
    pass
class F(frozenset):
    pass
print(S([1, 2]), F([3]), type(S([1]) | {2}).__name__, type(F([1]) & {1}).__name__, type({1} ^ F([2])).__name__)
print(S(), F(), repr(S([1])), S([1]).copy().__class__.__name__, F([1]).copy().__class__.__name__)
x = set()
x.add(1)
print(set(range(100, 0, -7)), {-1, -2, 0, 1} == {0, 1, -1, -2}, set([1.0, 1, True]), {0, False, 0.0})
print(sorted({(1, 2), (1, 2), (2, 1)}), len({i % 7 for i in range(100)}), set(), frozenset())
it = iter({1, 2, 3})
next(it)
print(it.__length_hint__(), it.__reduce__(), list(it))
m = {1, 2, 3}
try:
    for i in m:
        m.add(i + 10)
except RuntimeError as e:
    print(e)
m = {1, 2, 3}
try:
    for i in m:
        m.discard(i)
        m.add(i + 100)
except RuntimeError as e:
    print(e)
print(m)
print(set[int], frozenset[str], {1}.__reduce__(), S([5]).__reduce__())
