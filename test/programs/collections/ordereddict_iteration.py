# OrderedDict (native): what its iterators report when the dict changes under them ("mutated"
# versus "changed size", sticky states), iterator pickling and copying, and direct dict methods
# used on an OrderedDict (the linked order does not follow them).
from collections import OrderedDict
import copy
import pickle

def drain(it, n=10):
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            out.append('stop')
            break
        except Exception as e:
            out.append(f'{type(e).__name__}: {e}')
    return out

od = OrderedDict.fromkeys('abcde')
try:
    for i, k in enumerate(od):
        od.move_to_end(k)
except RuntimeError as e:
    print(i, e)
try:
    for k in od:
        od['f'] = None
except RuntimeError as e:
    print(e)
try:
    for k in od:
        del od['c']
except RuntimeError as e:
    print(e)
print(list(od))

od = OrderedDict.fromkeys('abc', 0)
it = iter(od)
print(next(it))
od['a'] = 5  # value change only: fine
print(drain(it))

od = OrderedDict.fromkeys('abc', 0)
it = iter(od.items())
next(it)
od['z'] = 1
print(drain(it, 4))
od = OrderedDict.fromkeys('abc', 0)
it = iter(od.values())
next(it)
od.move_to_end('a')
print(drain(it, 4))

# A dict-level insert changes the size without touching the order.
od = OrderedDict.fromkeys('abc', 0)
it = iter(od)
next(it)
dict.__setitem__(od, 'q', 1)
print(drain(it, 3), len(od), list(od), od)
od = OrderedDict.fromkeys('abc', 0)
dict.__setitem__(od, 'q', 1)
print(list(od), list(dict.keys(od)), od, len(od))
od = OrderedDict(spam=1, ham=2)
dict.__delitem__(od, 'spam')
for f in (repr, list, lambda d: list(d.values()), lambda d: list(d.items()), lambda d: d.copy()):
    try:
        print(f(od))
    except KeyError as e:
        print('KeyError', e)
od = OrderedDict(spam=1, ham=2)
dict.clear(od)
print(repr(od), list(od), len(od))
od = OrderedDict()
dict.update(od, [('spam', 1)])
dict.setdefault(od, 'ham', 2)
print(repr(od), list(od), len(od))

# Iterators pickle and copy as (iter, (remaining items,)).
od = OrderedDict([('c', 1), ('b', 2), ('a', 3), ('d', 4)])
od.move_to_end('c')
for meth in ('keys', 'values', 'items'):
    it = iter(getattr(od, meth)())
    next(it)
    print(meth, it.__reduce__(), list(pickle.loads(pickle.dumps(it))), list(copy.copy(it)), list(it))
rit = reversed(od.items())
next(rit)
print(rit.__reduce__(), list(rit), rit.__reduce__())
print(hasattr(iter(od), '__length_hint__'))

# reduce / pickle / copy of the OrderedDict itself.
class S(OrderedDict):
    pass
s = S(b=1, a=2)
s.attr = 'x'
s.move_to_end('b')
r = s.__reduce__()
print(r[0].__name__, r[1], r[2], r[3], list(r[4]))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    t = pickle.loads(pickle.dumps(s, proto))
    print(proto, type(t).__name__, t, t.attr, list(t))
print(copy.copy(s), copy.deepcopy(s), copy.copy(s).attr)
print(OrderedDict(a=[1]).__reduce__()[:4])

# Comparison that mutates one side.
class Key:
    count = 0
    def __init__(self, hook=None):
        self.hook = hook
    def __eq__(self, other):
        Key.count += 1
        if Key.count == 2 and self.hook:
            self.hook()
        return True
    def __hash__(self):
        return -1

def runeq(hook):
    Key.count = 0
    d1 = OrderedDict.fromkeys((0, k1 := Key(), 4.2))
    d2 = OrderedDict.fromkeys((0, Key(), 4.2))
    k1.hook = lambda: hook(d1, k1)
    try:
        print(d1 == d2, Key.count, len(d1))
    except RuntimeError as e:
        print('RuntimeError', e, Key.count, [type(k).__name__ for k in d1])

runeq(lambda d, k: d.clear())
runeq(lambda d, k: d.__delitem__(k))
runeq(lambda d, k: d.move_to_end(0))
runeq(lambda d, k: d.__setitem__(0, 'same'))
