# list.sort is CPython's timsort: comparisons observable through __lt__
class K:
    log = []
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        K.log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return f"K({self.v})"

def trace(values, **kw):
    K.log = []
    items = [K(v) for v in values]
    items.sort(**kw)
    print([k.v for k in items], len(K.log))
    print(K.log[:40])

trace([3, 1, 2])
trace([5, 4, 3, 2, 1])
trace([1, 2, 3, 4, 5])
trace([2, 2, 1, 1, 3, 3])
trace(list(range(20, 0, -1)) + list(range(20)))
trace([(i * 7919) % 101 for i in range(100)])
trace([(i * 37) % 70 for i in range(140)], reverse=True)
trace([1, 3, 2, 4] * 40)
seed = 12345
vals = []
for _ in range(300):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    vals.append(seed % 1000)
trace(vals)
trace(vals, reverse=True)

# key is called once per item, in order
calls = []
def key(x):
    calls.append(x)
    return -x
data = [4, 1, 3, 2]
data.sort(key=key)
print(data, calls)

# stability with keys and reverse
pairs = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd'), (2, 'e'), (1, 'f')]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(['b', 'A', 'a', 'B'], key=str.lower))
print(sorted([3, 1, 2], reverse=1), sorted((), key=len), sorted('cab'))
