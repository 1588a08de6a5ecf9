# itertools pitfalls: groupby needs sorted input, group iterators are invalidated, tee buffering, islice consuming
import itertools as it
data = ["a1", "b1", "a2", "a3", "b2"]
print([(k, list(g)) for k, g in it.groupby(data, key=lambda s: s[0])])
print([(k, list(g)) for k, g in it.groupby(sorted(data), key=lambda s: s[0])])
groups = [(k, g) for k, g in it.groupby("aabbc")]
print([(k, list(g)) for k, g in groups])
src = iter(range(6))
a, b = it.tee(src, 2)
print(next(a), next(a), next(b), list(a), list(b))
s = iter(range(10))
print(list(it.islice(s, 3)), list(it.islice(s, 3)), next(s))
c = it.count(1)
print(list(zip(c, "ab")), next(c))
r = it.repeat([])
first, second = next(r), next(r)
first.append(1)
print(second, first is second)
