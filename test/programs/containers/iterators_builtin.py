print(list(enumerate('abc')), list(enumerate('abc', 10)), list(enumerate('ab', start=-1)), list(enumerate(iterable='x', start=5)))
e = enumerate('abc', 2 ** 65)
print(next(e), e.__reduce__()[1][1])
for bad in ["enumerate()", "enumerate(1)", "enumerate('a', 'b')", "enumerate('a', x=1)", "enumerate('a', 1, 2)",
            "enumerate(start=1)", "zip(1)", "zip([], x=1)", "map(len)", "map(len, 1)", "filter(None)", "filter(None, [], x=1)",
            "reversed(1)", "reversed({1: 2}.items(), 1)", "reversed(x=1)", "iter(1)", "next(iter([]))", "reversed({1})"]:
    try:
        print(bad, '->', eval(bad))
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
print(list(zip('abc', [1, 2])), list(zip()), list(zip('a')), list(zip('ab', 'cd', 'ef')))
for args in [('ab', 'cde'), ('abc', 'de'), ('ab', 'cd', 'e'), ('a', 'bc', 'de'), ('', 'a')]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(e)
    try:
        print(list(map(lambda *a: a, *args, strict=True)))
    except ValueError as e:
        print(e)
print(list(map(str.upper, 'ab')), list(map(pow, [2, 3], [3, 2, 9])), list(filter(None, [0, 1, '', 'a', None, [2]])))
print(list(filter(bool, [0, 3])), list(filter(lambda x: x % 2, range(7))))
z = zip('ab', 'cd', strict=True)
print(z.__reduce__()[0].__name__, len(z.__reduce__()), z.__reduce__()[2])
m = map(len, ['a'])
print(m.__reduce__()[0].__name__, len(m.__reduce__()[1]))
f = filter(None, [1])
print(f.__reduce__()[0].__name__, f.__reduce__()[1][0])
print(list(reversed('abc')), list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed(range(3))))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(Seq())), list(iter(Seq())), list(Seq()), 20 in Seq())
r = reversed(Seq())
print(r.__length_hint__(), next(r), r.__reduce__()[2], type(r.__reduce__()[1][0]).__name__, r.__length_hint__())
r.__setstate__(1)
print(list(r), r.__reduce__()[1:])
it = iter(Seq())
next(it)
print(it.__length_hint__(), it.__reduce__()[2], type(it.__reduce__()[1][0]).__name__)
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 0
    def __getitem__(self, i):
        raise IndexError
try:
    reversed(NoRev())
except TypeError as e:
    print(e)
counter = iter([1, 2, 3, 4, 5]).__next__
print(list(iter(counter, 4)))
ci = iter(lambda: 1, 1)
print(list(ci), ci.__reduce__()[1])
s = iter('héllo')
next(s)
print(s.__reduce__()[1:], list(s), s.__reduce__()[1])
print(type(iter('abc')).__name__, type(iter('é')).__name__, type(iter(())).__name__, type(iter([])).__name__,
      type(iter(set())).__name__, type(iter({})).__name__, type(iter(range(0))).__name__, type(reversed([])).__name__)
print(enumerate[int], type(zip()).__name__, list(enumerate(zip('ab', 'cd'))), dict(enumerate('xy')))
class E(enumerate):
    pass
print(list(E('ab', 1)), type(E('a')).__name__)
print(sorted(zip([3, 1, 2], 'cab')), max(enumerate('hello'), key=lambda p: p[1]), sum(map(len, ['ab', 'c'])))
