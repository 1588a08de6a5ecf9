# lambdas mixing defaults, closures, *args and **kwargs; lambdas as dict values and sort keys; recursion via names
ops = {
    "add": lambda *xs: sum(xs),
    "scale": lambda x, k=2: x * k,
    "kw": lambda **kw: sorted(kw.items()),
    "both": lambda a, /, b=1, *rest, c, **kw: (a, b, rest, c, kw),
}
print(ops["add"](1, 2, 3), ops["scale"](5), ops["scale"](5, k=3), ops["kw"](z=1, a=2), ops["both"](0, c=9), ops["both"](0, 1, 2, 3, c=4, d=5))
def make_counter():
    count = [0]
    return lambda: (count.__setitem__(0, count[0] + 1), count[0])[1]
ctr = make_counter()
print(ctr(), ctr(), ctr())
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(12), (lambda f, n: f(f, n))(lambda s, k: 1 if k < 2 else k * s(s, k - 1), 10))
pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[1], reverse=True), list(map(lambda p: p[0] ** 2, pairs)), list(filter(lambda p: p[0] % 2, pairs)))
