# OrderedDict (native): colliding hashes, deletions and table resizes keep the order and the
# key-to-node index in step (issues 24347/24348/24667/25406 in CPython's tests), plus json, Counter
# and functools users of OrderedDict.
from collections import OrderedDict, Counter
import json
import functools

class Key:
    def __init__(self, h, name):
        self.h = h
        self.name = name
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return self.name

def blocking_hash(h):
    i = h & 7
    return (i << 2) + i + h + 1

key, colliding, blocking = Key(1, 'key'), Key(1, 'colliding'), Key(blocking_hash(1), 'blocking')
od = OrderedDict()
od[key] = 1
od[blocking] = 2
od[colliding] = 3
od['after'] = 4
del od[blocking]
del od[colliding]
print(list(od.items()))
od[colliding] = 5
od.move_to_end(key)
print(list(od.items()), od.popitem(last=False), od.popitem())

od = OrderedDict()
od[Key(1, 'only')] = 0
print(od.popitem())

od = OrderedDict()
order = []
for c0 in '0123456789ABCDEF':
    for c1 in '0123456789ABCDEF':
        if len(od) == 4:
            order.append(od.popitem(last=False)[0])
        od[c0 + c1] = c0 + c1
print(len(order), order[:5], order[-3:], list(od))

# move_to_end on a table that has grown and shrunk.
od = OrderedDict.fromkeys(range(50))
for i in range(0, 50, 2):
    del od[i]
for i in range(1, 50, 4):
    od.move_to_end(i, last=False)
for i in range(100, 140):
    od[i] = i
print(list(od)[:12], list(reversed(od))[:5], len(od))
od.move_to_end(1)
print(list(od)[-3:], list(od.keys())[:3])

# issue 25406: move_to_end and popitem on a small dict.
od = OrderedDict.fromkeys('abc')
od.move_to_end('c', last=False)
print(list(od))
od.move_to_end('a', last=False)
od.move_to_end('a', last=False)
od.move_to_end('a', last=False)
print(list(od))
od.move_to_end('a')
od.move_to_end('a')
print(list(od))

# Users of OrderedDict in the standard library.
od = OrderedDict([('z', 1), ('a', [1, 2]), ('m', {'q': OrderedDict(b=1, a=2)})])
od.move_to_end('z')
print(json.dumps(od), json.dumps(od, sort_keys=True))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
c = Counter('abracadabra')
print(OrderedDict(c.most_common()), OrderedDict(sorted(c.items())))

@functools.lru_cache(maxsize=2)
def sq(x):
    return x * x
print([sq(i) for i in (1, 2, 1, 3, 2)], sq.cache_info())
