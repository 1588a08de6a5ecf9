# heapq / _heapq: results, comparison order, errors, mutation during sifts.
import heapq, _heapq

log = []
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self): return f"K({self.v})"

data = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 11, 10]
h = [K(v) for v in data]
heapq.heapify(h)
print(h)
print(log); log.clear()
heapq.heappush(h, K(-1))
print(log); log.clear()
print(heapq.heappop(h), log); log.clear()
print(heapq.heapreplace(h, K(12)), log); log.clear()
print(heapq.heappushpop(h, K(3)), log); log.clear()
print(heapq.heappushpop(h, K(-5)), log); log.clear()
print([heapq.heappop(h).v for _ in range(len(h))])
log.clear()

# max variants (public in 3.14)
m = [K(v) for v in data]
heapq.heapify_max(m)
print(m, log); log.clear()
heapq.heappush_max(m, K(20))
print(m[0], log); log.clear()
print(heapq.heappop_max(m), heapq.heapreplace_max(m, K(0)), heapq.heappushpop_max(m, K(100)), heapq.heappushpop_max(m, K(-3)))
print([heapq.heappop_max(m).v for _ in range(len(m))])
log.clear()

# big heapify uses the cache-friendly order: same heap, same comparisons, another order
x = 12345
vals = []
for _ in range(3000):
    x = (x * 1103515245 + 12345) % 2**31
    vals.append(x % 100000)
big = [K(v) for v in vals]
heapq.heapify(big)
print(len(log), log[:8], log[-8:])
print(hash(tuple(k.v for k in big)) == hash(tuple(k.v for k in big)), [k.v for k in big[:20]])
log.clear()
big2 = list(vals)
heapq.heapify_max(big2)
print(big2[:20])

# empty heaps, pushpop on empty
for f in (heapq.heappop, heapq.heappop_max):
    try:
        f([])
    except IndexError as e:
        print(f.__name__, 'IndexError', e)
for f in (heapq.heapreplace, heapq.heapreplace_max):
    try:
        f([], 1)
    except IndexError as e:
        print(f.__name__, 'IndexError', e)
print(heapq.heappushpop([], 5), heapq.heappushpop_max([], 5), heapq.heappushpop([1], 0), heapq.heappushpop([1], 1))

# argument errors
for call in [lambda: heapq.heappush((1,), 2), lambda: heapq.heappop(3), lambda: heapq.heapify('ab'),
             lambda: heapq.heapreplace(None, 1), lambda: heapq.heappushpop({}, 1), lambda: heapq.heapify_max(()),
             lambda: heapq.heappush([]), lambda: heapq.heappop(), lambda: heapq.heappop([], []),
             lambda: heapq.heappush(h=[], item=1), lambda: heapq.heapify([1, 'a', 2]),
             lambda: heapq.heappush([1, 2], 'x')]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

# list subclass accepted
class L(list): pass
s = L([3, 1, 2]); heapq.heapify(s); print(type(s).__name__, s)

# mutation during comparisons
class Evil:
    def __init__(self, v, heap): self.v, self.heap = v, heap
    def __lt__(self, other):
        self.heap.clear()
        return False
    def __repr__(self): return 'Evil'
hp = []
hp.extend([Evil(i, hp) for i in range(5)])
try:
    heapq.heapify(hp)
except RuntimeError as e:
    print('RuntimeError', e, hp)
hp = []
hp.extend([Evil(i, hp) for i in range(3)])
try:
    heapq.heappush(hp, Evil(9, hp))
except RuntimeError as e:
    print('RuntimeError', e, hp)

class Raiser:
    def __lt__(self, other): raise ZeroDivisionError('cmp')
    __gt__ = __lt__
r = [1, 2, Raiser()]
try:
    heapq.heapify(r)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e, [type(x).__name__ for x in r])

# module surface
print(sorted(n for n in dir(_heapq) if not n.startswith('__')))
print(_heapq.heappush.__text_signature__, _heapq.heapify.__text_signature__)
print(_heapq.heappop.__doc__)
print(_heapq.__doc__[:60], len(_heapq.__doc__))
print(heapq.heappush is _heapq.heappush, heapq.heapify_max is _heapq.heapify_max)

# the pure-Python parts of heapq built on them
print(heapq.nlargest(3, data), heapq.nsmallest(3, data, key=lambda v: -v))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 6, 9])))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge(['a', 'bb'], ['ccc', 'd'], key=len)))
