# list(), tuple(), dict(), set() constructors from many sources and their errors
print(list(), list("ab"), list((1, 2)), list({1: 2}), list(range(3)), list(x for x in [1]), list(b"ab"), list({"a": 1}.items()))
print(tuple(), tuple([1, 2]), tuple("xy"), tuple({3}), tuple(iter([4, 5])))
print(dict(), dict(a=1), dict([("a", 1), ("b", 2)]), dict({"a": 1}, b=2), dict(zip("ab", [1, 2])), dict([["k", "v"]]), dict(((1, 2),), x=3))
print(set(), set("aab") == {"a", "b"}, set([3, 1, 2]), set(range(3)), set({1: 2}))
t = (1, 2)
print(tuple(t) is t, list(t) is not t)
class KV:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, k):
        return k.upper()
print(dict(KV()))
for c in [lambda: list(1), lambda: list([], []), lambda: tuple(1), lambda: dict(1), lambda: dict([1]), lambda: dict([(1, 2, 3)]), lambda: dict(["ab", "c"]),
          lambda: set(1), lambda: set([[1]]), lambda: dict({}, {}), lambda: list(x=1), lambda: set(a=1), lambda: tuple(iterable=[])]:
    try:
        print(c())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(2), []))
