# iter() and next(): sequence protocol, sentinel form, defaults, errors
it = iter([1, 2])
print(next(it), next(it), next(it, "dflt"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * i
print(list(iter(Seq())), type(iter(Seq())).__name__)
vals = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(vals), 0)))
calls = []
def counter():
    calls.append(1)
    return len(calls)
ci = iter(counter, 4)
print(type(ci).__name__, list(ci), list(ci))
class NoIter:
    pass
class BadIter:
    def __iter__(self):
        return 5
class IterNone:
    __iter__ = None
class NextOnly:
    def __next__(self):
        return 1
for c in [lambda: iter(NoIter()), lambda: iter(BadIter()), lambda: iter(IterNone()), lambda: iter(NextOnly()), lambda: iter(1, 2), lambda: iter(),
          lambda: next(NextOnly()), lambda: next(5), lambda: next(), lambda: next(iter([]), 1, 2), lambda: iter(len, 0, 1)]:
    try:
        print(c())
    except TypeError as e:
        print(type(e).__name__, e)
s = "ab"
si = iter(s)
print(type(si).__name__, iter(si) is si, list(si), type(iter({})).__name__, type(iter({}.items())).__name__, type(iter(set())).__name__)
print(type(iter(range(3))).__name__, type(iter(range(2 ** 70))).__name__, type(iter(())).__name__, type(iter(b"")).__name__, type(iter(bytearray())).__name__)
it2 = iter([1, 2, 3])
print(it2.__length_hint__(), next(it2), it2.__length_hint__())
print(next(iter(Seq()), "x"), next(reversed([1, 2])))
