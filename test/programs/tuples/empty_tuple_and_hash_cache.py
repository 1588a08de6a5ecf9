# The empty tuple is one object however it is made; a tuple's hash is computed once (3.14 caches it).
e = ()
t = (1, 2)
print(tuple() is e, t[5:] is e, t[:0] is e, tuple([]) is e, e[:] is e, (*[],) is e, t * 0 is e, e + e is e)
def f(*a):
    return a
print(f() is e, f(*[]) is e)
def g():
    pass
print(g.__type_params__ is e, type(g).__type_params__ is e)
class C:
    pass
print(C.__type_params__ is e, C.__type_params__ is C.__type_params__)
import itertools
print(next(itertools.combinations([], 0)) is e, next(itertools.permutations([], 0)) is e, next(itertools.product()) is e)
print(tuple(x for x in []) is e, tuple(range(0)) is e)
print(e is tuple(e), tuple.__new__(tuple) is e, tuple.__new__(tuple, []) is e)


class Counted:
    calls = 0

    def __hash__(self):
        Counted.calls += 1
        return 999

    def __eq__(self, other):
        return self is other


c = Counted()
key = (c, 1)
d = {}
d[key] = 'a'
print(d[key], key in d, hash(key) == hash(key), Counted.calls)
s = {key, key}
print(len(s), Counted.calls)
other = (c, 1)
print(d[other], Counted.calls)


class Sub(tuple):
    pass

st = Sub((c, 2))
print(hash(st) == hash(st), Counted.calls)
