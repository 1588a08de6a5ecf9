# set.update/union/symmetric_difference(_update) with a dict whose keys' __eq__ clears the dict
# midway: the set reads the dict as it is at each step (CPython: _PyDict_Next), so the entries after
# the clear are not seen, and nothing crashes.
class K:
    def __init__(self, name, victim=None):
        self.name = name
        self.victim = victim

    def __hash__(self):
        return 0

    def __eq__(self, other):
        if self.victim is not None and self.victim:
            self.victim.clear()
        return self is other

    def __repr__(self):
        return self.name


def run(op):
    d = {}
    first = K('first', d)
    d.update(dict.fromkeys([K('a'), K('b'), K('c')]))
    s = {first}
    try:
        r = op(s, d)
    except RuntimeError as e:
        print('RuntimeError', e)
        return
    target = s if r is None else r
    print(sorted(map(repr, target)), len(d))


run(lambda s, d: s.update(d))
run(lambda s, d: s.union(d))
run(lambda s, d: s.symmetric_difference_update(d))
run(lambda s, d: s.symmetric_difference(d))
