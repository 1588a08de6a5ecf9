# A stored key whose __eq__ changes the dict during a lookup: the lookup starts again on the dict as it
# is now (CPython restarts when the entry or the table changed under the comparison), so a cleared
# dict answers "missing" and nothing crashes.
class K:
    def __init__(self, name, victim=None):
        self.name = name
        self.victim = victim

    def __hash__(self):
        return 7

    def __eq__(self, other):
        if self.victim is not None and self.victim:
            self.victim.clear()
        return self is other

    def __repr__(self):
        return self.name


def fresh():
    d = {}
    d[K('a', d)] = 1
    d[K('b')] = 2
    return d


probe = K('probe')
d = fresh()
print(probe in d, d)
d = fresh()
print(d.get(probe, 'missing'), d)
d = fresh()
try:
    d[probe]
except KeyError as e:
    print('KeyError', e, d)
d = fresh()
d[probe] = 3
print(d)
d = fresh()
print(d.pop(probe, 'none'), d)
d = fresh()
print(set([probe, K('x')]).difference(d) == {probe} or 'differs', len(d))
d = fresh()
print(d.setdefault(probe, 9), d)
