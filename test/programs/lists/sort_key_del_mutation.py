# A key's __del__ runs when list.sort releases the keys, while the list is still empty.
data = list(range(10))
class SortKiller(object):
    def __init__(self, x): pass
    def __del__(self):
        del data[:]
        data[:] = range(20)
    def __lt__(self, other): return id(self) < id(other)
try:
    data.sort(key=SortKiller)
except ValueError as e:
    print('ValueError', e)
print(len(data))
data = list(range(10))
log = []
class K:
    def __init__(self, x):
        if x > 2: raise RuntimeError('key')
        self.x = x
    def __del__(self):
        log.append(getattr(self, 'x', None)); del data[:]; data[:] = range(20)
try:
    data.sort(key=K)
except RuntimeError as e:
    print('RuntimeError', e)
print(data, sorted(log, key=str))
class D:
    def __init__(self, x): self.x = x
    def __del__(self): log.append(('d', self.x))
    def __lt__(self, o): return self.x > o.x
log.clear()
v = [3, 1, 2]
v.sort(key=D)
print(v, log)
