# l[a:b] and t[a:b] with int or None bounds (BINARY_SLICE's fast path), their clamping, and the
# empty tuple being one object (a constant, a slice, tuple(), marshal).
import marshal
l = list(range(10))
t = tuple(l)
e = ()
for a in (None, -20, -10, -3, 0, 2, 9, 10, 30):
    for b in (None, -20, -3, 0, 2, 9, 10, 30):
        x = l[a:b]
        y = t[a:b]
        print(a, b, x, y, y is t, y is e, x is l)
print(t[True:], l[False:2**60], l[-2**70:2], t[:2**80] is t)
class L(list):
    def __getitem__(self, k):
        return ('L', k)
class T(tuple):
    pass
print(L([1, 2, 3])[1:], T((1, 2, 3))[:] is T, type(T((1, 2))[:]).__name__, type(T((1, 2))[0:1]).__name__)
print(tuple() is e, tuple([]) is e, (t * 0) is e, t[5:5] is e, marshal.loads(marshal.dumps(())) is e)
def f():
    return ()
print(f() is e, f.__code__.co_consts)
try:
    l['a':2]
except TypeError as exc:
    print(exc)
try:
    t[1.5:]
except TypeError as exc:
    print(exc)
