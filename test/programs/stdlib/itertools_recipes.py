# itertools recipes from the documentation, implemented and run
import itertools as it, operator, collections
def take(n, iterable):
    return list(it.islice(iterable, n))
def tabulate(f, start=0):
    return map(f, it.count(start))
def consume(iterator, n=None):
    if n is None:
        collections.deque(iterator, maxlen=0)
    else:
        next(it.islice(iterator, n, n), None)
def nth(iterable, n, default=None):
    return next(it.islice(iterable, n, None), default)
def all_equal(iterable):
    g = it.groupby(iterable)
    return next(g, True) and not next(g, False)
def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))
def flatten(list_of_lists):
    return it.chain.from_iterable(list_of_lists)
def roundrobin(*iterables):
    iterators = map(iter, iterables)
    for num_active in range(len(iterables), 0, -1):
        iterators = it.cycle(it.islice(iterators, num_active))
        yield from map(next, iterators)
def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element
def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
def sliding_window(iterable, n):
    iterator = iter(iterable)
    window = collections.deque(it.islice(iterator, n - 1), maxlen=n)
    for x in iterator:
        window.append(x)
        yield tuple(window)
def partition(pred, iterable):
    t1, t2 = it.tee(iterable)
    return it.filterfalse(pred, t1), filter(pred, t2)
print(take(5, tabulate(lambda x: x * x)), nth(range(10), 3), nth("ab", 5, "dflt"), all_equal("aaa"), all_equal("aab"), quantify([1, 0, 2, None]))
print(list(flatten([[1, 2], [3]])), list(roundrobin("ABC", "D", "EF")), list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(powerset([1, 2, 3])), list(sliding_window("ABCDE", 3)), [list(p) for p in partition(lambda x: x % 2, range(8))])
i = iter(range(10))
consume(i, 3)
print(next(i), list(it.accumulate(range(1, 6), operator.mul)), list(it.starmap(operator.pow, zip([2, 3], [5, 2]))))
