t = (1, 2, 3, 2, 1)
print(t.index(2), t.index(2, 2), t.index(1, -1), t.count(2), t[1:3], t[::-1], t[::2], t[-1], len(t))
for call in ["t.index(9)", "t.index(2, 0, 1)", "t[10]", "t['a']", "t + [1]", "t * 'a'", "tuple(1)", "tuple(1, 2)",
             "tuple(x=1)", "t.index()", "t.count()", "t[1.0]", "hash(([],))", "t.index(1, 'a')", "(1, 2) < (1, 'a')"]:
    try:
        print(call, '->', eval(call))
    except Exception as e:
        print(call, '->', type(e).__name__, e)
print((1, 2) + (3,), (1,) * 3, 2 * (0, 1), (1, 2) * 0, () * 5, (1,) * -3)
print((1, 2) < (1, 2, 3), (1, 2) == (1, 2), (2,) > (1, 9), (1, 2) != (1, 2.0), (1, [2]) == (1, [2]))
print(tuple('abc'), tuple([1, 2]), tuple(range(3)), tuple({1: 2}), tuple(x for x in 'hi'))
x = (1, 2)
print(tuple(x) is x, x[:] is x, x * 1 is x, x + () is x, () + x is x)
print(hash((1, 2, 3)) == hash((1, 2, 3)), hash(()) == hash(()), {(1, 2): 'a'}[(1, 2)])
print((1, 2).__getnewargs__(), tuple[int, ...], tuple[()], tuple[int, str].__args__)
it = iter((1, 2, 3))
next(it)
print(it.__length_hint__(), it.__reduce__(), list(it), it.__reduce__())
it = iter((5, 6, 7))
it.__setstate__(1)
print(list(it))
class T(tuple):
    pass
u = T([1, 2])
print(u, type(u).__name__, u + (3,), type(u + (3,)).__name__, T() == (), tuple(u) is u, u[:] == u)
print(repr((1,)), repr(()), repr((1, (2, (3,)))), str(('a', "b'")))
a, *b = (1, 2, 3)
print(a, b)
print(max((3, 1), (2, 9)), min([(1, 'b'), (1, 'a')]), sorted([(2, 'x'), (1, 'y'), (2, 'a')]))
print((1, 2, 3).index(3, -1), (1, 2, 3).index(1, -100, 100), (0,) * 3 == (0, 0, 0))
