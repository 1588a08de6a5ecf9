# tuples: count/index, immutability, packing/unpacking, hashing, comparisons, repr
t = (1, 2, 3, 2, 1)
print(t.count(2), t.count(9), t.index(3), t.index(1, 1), t.index(2, -3))
for c in [lambda: t.index(9), lambda: t.index(1, 1, 3), lambda: t.count(), lambda: t.index(), lambda: t.index(1, "a")]:
    try:
        print(c())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
print((), (1,), (1, 2), tuple(), 1, (1), type((1)).__name__, type((1,)).__name__)
x = 1, 2, 3
a, b, c = x
print(x, a, b, c, (a, b) == (1, 2), x[1:], x[::-1], x + (4,), x * 2, 2 in x, len(x))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9), (1, "a") == (1, "a"))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "tuple key"}[(1, 2)])
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
m = ([1], 2)
m[0].append(3)
print(m)
print(repr((1,)), repr(("a", None)), str(((),)), repr(tuple("ab")))
class T(tuple):
    pass
tt = T((1, 2))
print(tt, type(tt + (3,)).__name__, type(tt[:1]).__name__, tt == (1, 2), type(tt * 1).__name__)
print(tuple.__getitem__((5, 6), -1), (1, 2).__len__(), (3, 4).__contains__(4), tuple.__add__((1,), (2,)))
try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t[1:4], t[-2:], t[::2], t[10:], t[:-10])
e = ()
print(e is (), len(e), bool(e), tuple(x for x in range(0)))
