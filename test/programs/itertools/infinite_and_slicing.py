from itertools import *
print(list(islice(count(), 5)), list(islice(count(10, -3), 4)), list(islice(count(1.5, 0.5), 3)), list(islice(count(2 ** 64), 2)))
print(count(), count(5), count(5, 2), count(1.5), count(0, 1.0), count(step=-1), count(2 ** 100, 3.0), count(True, True))
c = count(9007199254740990)
print([next(c) for _ in range(4)], c)
print(list(islice(cycle('abc'), 7)), list(islice(cycle([]), 3)), list(repeat('x', 3)), list(repeat(1, -2)), list(repeat(None, 0)))
print(repeat(1), repeat('a', 3), repeat(1, -5), repeat(1, 3).__length_hint__())
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print(e)
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)), list(islice('abcdefg', 0, None, 2)))
print(list(islice('abcdefg', None)), list(islice('abcdefg', 1, 6, 2)), list(islice(range(10), 3, 3)), list(islice(range(10), 5, 2)))
it = iter(range(10))
print(list(islice(it, 3)), next(it), list(islice(it, 2, 4)), next(it))
for bad in ["islice('a')", "islice('a', -1)", "islice('a', 'x')", "islice('a', 1, 2, 0)", "islice('a', -1, 2)",
            "islice('a', 1, 2, -1)", "islice('a', x=1)", "islice(1, 2)", "islice('a', 'x', 2)", "islice('a', 2 ** 70)",
            "count('a')", "count(1, 'b')", "count(1, 2, 3)", "count(x=1)", "cycle()", "cycle(1)", "cycle([], x=1)",
            "repeat()", "repeat(1, 2, 3)", "repeat(1, 'a')", "repeat(1, x=2)"]:
    try:
        print(bad, '->', eval(bad))
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
cy = cycle(iter([1, 2]))
print([next(cy) for _ in range(5)])
class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
src = Counter()
print(list(islice(src, 1, None)), src.n)
print(type(count()).__module__, count.__name__, type(islice('', 1)).__name__, repeat.__qualname__)
