# enumerate(): start values, laziness, errors
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-5)), list(enumerate([], 3)))
e = enumerate(iter([10, 20]))
print(next(e), next(e), next(e, "end"))
print(list(enumerate(range(3), 2 ** 70)))
print(type(enumerate([])).__name__, iter(e) is e)
class I:
    def __index__(self):
        return 7
try:
    print(list(enumerate("a", I())))
except TypeError as ex:
    print(type(ex).__name__, ex)
for c in [lambda: enumerate(), lambda: enumerate(5), lambda: enumerate("a", "b"), lambda: enumerate("a", 1.5), lambda: enumerate("a", 1, 2), lambda: enumerate(iterable="a"), lambda: enumerate("a", begin=1)]:
    try:
        print(list(c()))
    except TypeError as ex:
        print(type(ex).__name__, ex)
print(dict(enumerate("xyz")), [i * v for i, v in enumerate([3, 4, 5])])
en = enumerate("ab")
print(en.__reduce__()[0].__name__, en.__reduce__()[2] if len(en.__reduce__()) > 2 else None)
print(enumerate[int])
