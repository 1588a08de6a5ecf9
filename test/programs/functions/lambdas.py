# lambda expressions: defaults, closures, immediate calls, attributes
sq = lambda x: x * x
print(sq(5), sq.__name__, sq.__qualname__, (lambda: None)(), (lambda *a, **k: (a, k))(1, b=2))
print((lambda x, y=10: x + y)(1), (lambda x, /, *, y: (x, y))(1, y=2), (lambda: (yield))().__class__.__name__)
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
print((lambda: lambda: "nested")()(), (lambda x: (lambda y: x + y))(1)(2))
cond = lambda x: "pos" if x > 0 else "neg" if x < 0 else "zero"
print([cond(v) for v in (-1, 0, 1)])
print((lambda a, b: a if a > b else b)(3, 7), (lambda *args: sum(args))(1, 2, 3))
try:
    (lambda x: x)()
except TypeError as e:
    print(type(e).__name__, e)
class C:
    method = lambda self: "lambda method"
    static = staticmethod(lambda: "static lambda")
print(C().method(), C.static())
print(repr(sq).startswith("<function <lambda> at"), sq.__code__.co_name, sq.__defaults__)
f = lambda: undefined_in_lambda
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
print((lambda: (x := 5) + x)())
