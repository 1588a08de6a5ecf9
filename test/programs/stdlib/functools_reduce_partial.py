# functools: reduce with initializers, partial composition, singledispatchmethod, cached_property invalidation, wraps assigned
import functools, operator
print(functools.reduce(operator.add, [[1], [2], [3]], []), functools.reduce(lambda acc, c: acc * 10 + int(c), "12345", 0), functools.reduce(max, [], -1))
def compose(*fns):
    return functools.reduce(lambda f, g: lambda x: f(g(x)), fns)
inc = functools.partial(operator.add, 1)
dbl = functools.partial(operator.mul, 2)
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose(str, abs, inc)(-7))
p = functools.partial(functools.partial(print, "a"), "b", sep="|")
p("c")
class Shape:
    @functools.singledispatchmethod
    def area(self, arg):
        raise NotImplementedError(type(arg).__name__)
    @area.register
    def _(self, arg: int):
        return arg * arg
    @area.register
    def _(self, arg: tuple):
        return arg[0] * arg[1]
s = Shape()
print(s.area(4), s.area((2, 3)))
try:
    s.area("x")
except NotImplementedError as e:
    print(type(e).__name__, e)
def logged(fn):
    @functools.wraps(fn, assigned=("__name__",), updated=())
    def w(*a):
        return fn(*a)
    return w
@logged
def original():
    "original doc"
print(original.__name__, original.__doc__, hasattr(original, "__wrapped__"))
print(functools.cmp_to_key(lambda a, b: a - b)(3) < functools.cmp_to_key(lambda a, b: a - b)(5))
