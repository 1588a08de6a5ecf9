# itertools: count, cycle, repeat, islice, accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap
import itertools as it, operator
print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, -2.5), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)), list(it.islice(it.repeat(0), 2)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2], initial=100)), list(it.accumulate([])))
print(list(it.chain("ab", [1, 2], range(2))), list(it.chain.from_iterable(["xy", "z"])), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.filterfalse(None, [0, 1, "", "a"])), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.islice("abcdefg", 2, None, 2)), list(it.islice("abc", 10)), list(it.islice(range(10), 1, 8, 3)))
for c in [lambda: it.islice("a", -1), lambda: it.islice("a", 1, 2, 0), lambda: it.count("a"), lambda: it.repeat(), lambda: list(it.accumulate([1, "a"])), lambda: it.chain(1).__next__()]:
    try:
        print(c())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(repr(it.count(5)), repr(it.count(1.5, 2)), repr(it.repeat("r", 2)))
c = it.count()
next(c); next(c)
print(c, next(c))
