from itertools import *
import operator
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([], initial=5)), list(accumulate([1, 2], initial=10)))
print(list(accumulate('abc')), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], func=lambda a, b: a - b)))
print(list(batched('abcdefg', 3)), list(batched(range(6), 2)), list(batched([], 3)), list(batched('ab', 5)))
try:
    print(list(batched('abcdefg', 3, strict=True)))
except ValueError as e:
    print(e)
print(list(batched('abcdef', 3, strict=True)))
print(list(chain('ab', [1, 2], (3,))), list(chain()), list(chain.from_iterable(['ab', 'cd'])), list(chain.from_iterable([])))
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(compress('abc', [1, 1])), list(compress(data='abc', selectors=[0, 1, 1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(filterfalse(lambda x: x % 2, range(7))))
print(list(filterfalse(None, [0, 1, '', 'a'])), list(filterfalse(bool, [0, 2])), list(starmap(pow, [(2, 3), (3, 2)])), list(starmap(max, ['ab', [5, 1]])))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')], [k for k, g in groupby('aabbc')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
groups = groupby('aabbcc')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
gs = list(groupby('aabbb'))
print([(k, list(g)) for k, g in gs])
print(list(pairwise('abcde')), list(pairwise('a')), list(pairwise([])), list(zip_longest('abc', 'x', fillvalue='-')), list(zip_longest()))
print(list(zip_longest('ab', [1, 2, 3], 'xyzw')), list(zip_longest(fillvalue=0)), list(zip_longest([1], [])))
a, b, c = tee('abc', 3)
print(next(a), list(b), list(a), list(c), tee('x', 0), len(tee([1])))
x, y = tee(iter(range(100)))
print(sum(x), sum(y))
t1, = tee(range(3), 1)
t2 = t1.__copy__()
print(type(t1).__name__, list(t1), list(t2))
u, v = tee(t1)
print(list(u), type(u) is type(t1))
for bad in ["accumulate()", "accumulate([1], x=1)", "batched([1])", "batched([1], 0)", "batched([1], 2, 3)", "batched([1], n=2, x=1)",
            "chain(x=1)", "list(chain(1))", "list(chain.from_iterable([1]))", "compress([1])", "dropwhile()", "takewhile(len)",
            "filterfalse()", "starmap(len)", "list(starmap(len, [1]))", "groupby()", "groupby(1)", "groupby([1], key=1, x=2)",
            "pairwise()", "pairwise(1)", "zip_longest(x=1)", "zip_longest(1)", "tee([1], -1)", "tee(1)", "tee([1], 'a')",
            "list(accumulate([1, 'a']))"]:
    try:
        print(bad, '->', eval(bad))
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
print(chain[int], list(chain('a', 'b')), type(chain.from_iterable('x')).__name__)
