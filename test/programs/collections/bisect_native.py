# bisect / _bisect: results, bounds, key=, comparison paths, errors, insort on non-lists.
import bisect, _bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 1, 2, 2.5, 3, 8, 9):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 2, hi=None))
print(bisect.bisect_left(a, 2, 10), bisect.bisect_right(a, 2, 5, 2), bisect.bisect_left(a, 100, 0, 7))
print(bisect.bisect_left(a, 2, lo=True), bisect.bisect_right(a, 5, hi=False))

recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('e', 3), key=lambda r: r[1]); print(recs)
bisect.insort_left(recs, ('f', 3), key=lambda r: r[1]); print(recs)

# comparison order and which operands are compared
log = []
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        log.append((self.v, o.v)); return self.v < o.v
ks = [K(i) for i in range(10)]
bisect.bisect_left(ks, K(6)); print(log); log.clear()
bisect.bisect_right(ks, K(6)); print(log); log.clear()

class NI:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o):
        log.append(('gt', self.v, o.v)); return self.v > o.v
print(bisect.bisect_left([NI(1), NI(3), NI(5)], NI(4)), log); log.clear()

class Truthy:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return [1] if self.v < o.v else []
print(bisect.bisect_right([Truthy(1), Truthy(3)], Truthy(2)))

# insort on a list subclass and on a sequence with insert()
class L(list):
    def insert(self, i, x):
        print('L.insert', i, x); super().insert(i, x)
l = L([1, 3, 5]); bisect.insort(l, 4); print(l)
class Seq:
    def __init__(self, d): self.d = d
    def __len__(self): return len(self.d)
    def __getitem__(self, i): return self.d[i]
    def insert(self, i, x): print('Seq.insert', i, x); self.d.insert(i, x)
s = Seq([1, 2, 4]); bisect.insort_right(s, 3); print(s.d)
print(bisect.bisect_left(range(0, 100, 3), 50), bisect.bisect_right('abcdef', 'c'), bisect.bisect_left((1, 2, 3), 2))

for call in [lambda: bisect.bisect_left(a, 1, -1), lambda: bisect.bisect_right(a, 1, 'x'),
             lambda: bisect.bisect_left(a, 1, 0, 'x'), lambda: bisect.bisect_left(a, 1, 0, 1.5),
             lambda: bisect.bisect_left({1: 2}, 1), lambda: bisect.bisect_left(3, 1),
             lambda: bisect.bisect_left(a), lambda: bisect.bisect_left(a, 1, 0, None, None),
             lambda: bisect.bisect_left(a, 1, key=len), lambda: bisect.insort(a, 'x'),
             lambda: bisect.bisect_left(a, 1, 2**70), lambda: bisect.bisect_left(a, 1, 0, 20),
             lambda: bisect.bisect_right(a, 1, lo=None), lambda: bisect.insort(3, 1),
             lambda: bisect.bisect_left(a, x=1, a=a), lambda: bisect.bisect_left(set(), 1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

print(sorted(n for n in dir(_bisect) if not n.startswith('__')))
print(_bisect.bisect_left.__text_signature__, bisect.bisect is _bisect.bisect_right, bisect.insort is _bisect.insort_right)
print(_bisect.insort_left.__doc__.splitlines()[0], _bisect.__doc__.splitlines()[0])
