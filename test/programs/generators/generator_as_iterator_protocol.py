# generators satisfy the iterator protocol: iter(g) is g, next(g, default), use in builtins expecting iterators
def squares(n):
    for i in range(n):
        yield i * i
g = squares(5)
print(iter(g) is g, next(g), next(g, None), list(g), next(g, "exhausted"))
print(sum(squares(10)), max(squares(4)), sorted(squares(4), reverse=True), dict(enumerate(squares(3))), set(squares(3)) == {0, 1, 4})
print(list(zip(squares(3), squares(5))), " ".join(map(str, squares(4))), any(v > 10 for v in squares(5)), tuple(reversed(list(squares(3)))))
import itertools
print(list(itertools.chain(squares(2), squares(3))), list(itertools.islice(squares(100), 95, None)))
