from itertools import *
print(list(product('ab', range(2))), list(product(repeat=2)), list(product('ab', repeat=2)), list(product()), list(product('ab', [])))
print(len(list(product(range(3), repeat=4))), list(product([1, 2], [3], [4, 5])))
print(list(combinations('abcd', 2)), list(combinations(range(4), 0)), list(combinations('ab', 3)), list(combinations([], 0)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement('a', 0)))
print(list(permutations('abc')), list(permutations(range(3), 2)), list(permutations('ab', 3)), list(permutations('', 0)), list(permutations([])))
print(len(list(permutations(range(6)))), list(permutations('abcd', 1)))
for bad in ["product([1], repeat=-1)", "product(x=1)", "product(1)", "product([1], repeat='a')", "product(repeat=1, x=2)",
            "combinations([1], -1)", "combinations([1])", "combinations(1, 2)", "combinations([1], 'a')",
            "permutations([1], -1)", "permutations([1], 'a')", "permutations([1], 1.0)", "permutations()",
            "combinations_with_replacement([1], -2)", "combinations_with_replacement('ab')"]:
    try:
        print(bad, '->', eval(bad))
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
g = (x for x in range(3))
p = product(g, 'xy')
print(list(g), list(p))
print(sum(1 for _ in combinations(range(20), 5)), list(islice(permutations(range(10)), 3)))
r = combinations('abc', 2)
first = next(r)
second = next(r)
print(first, second, first is not second)
