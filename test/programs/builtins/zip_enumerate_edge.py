# zip/enumerate/reversed/map edge cases: exhausted iterators, strict with generators, consumption order
def gen(tag, n):
    for i in range(n):
        print(f"  {tag} yields {i}")
        yield i
print(list(zip(gen("a", 2), gen("b", 3))))
try:
    print(list(zip(gen("c", 3), gen("d", 2), strict=True)))
except ValueError as e:
    print(type(e).__name__, e)
it = iter([1, 2, 3, 4, 5])
print(list(zip(it, it)), list(it))
e = enumerate("ab", start=-1)
print(list(e), list(e))
print(list(zip(*zip("abc", range(3)))), dict(zip(range(3), "xyz")), list(zip([], range(10**9))))
m = map(lambda a, b: a * b, range(3), gen("m", 5))
print(list(m))
print(list(reversed(range(0))), list(reversed("x")), list(enumerate(reversed([1, 2]), 10)))
