# itertools: product, permutations, combinations, combinations_with_replacement, groupby, zip_longest, tee, pairwise, batched
import itertools as it
print(list(it.product("ab", [1, 2])), list(it.product("01", repeat=2)), len(list(it.product(range(3), repeat=3))), list(it.product()))
print(list(it.permutations("abc", 2)), len(list(it.permutations(range(5)))), list(it.permutations([])))
print(list(it.combinations("abcd", 2)), list(it.combinations(range(4), 3)), list(it.combinations("ab", 3)))
print(list(it.combinations_with_replacement("abc", 2)))
print([(k, list(g)) for k, g in it.groupby("aaabbcaa")], [(k, len(list(g))) for k, g in it.groupby(sorted("mississippi"))])
print([(k, [x for x in g]) for k, g in it.groupby(range(10), key=lambda x: x // 4)])
print(list(it.zip_longest("ab", [1, 2, 3])), list(it.zip_longest("a", "bc", fillvalue="-")))
a, b = it.tee(iter([1, 2, 3]))
print(next(a), list(a), list(b))
print(list(it.pairwise("abcd")), list(it.pairwise([1])), list(it.batched("abcdefg", 3)), list(it.batched(range(4), 2)))
try:
    list(it.batched("abc", 2, strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    it.batched("a", 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(it.permutations("ab", -1))
except ValueError as e:
    print(type(e).__name__, e)
g = it.groupby("aab")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
