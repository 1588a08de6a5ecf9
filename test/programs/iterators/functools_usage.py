# functools: reduce, partial, partialmethod, lru_cache, cache, wraps, total_ordering, singledispatch, cmp_to_key, cached_property
import functools
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 0), functools.reduce(max, [3, 9, 2]))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
p = functools.partial(int, base=2)
print(p("1010"), p.func, p.args, p.keywords)
class Cell:
    def __init__(self):
        self.state = None
    def set(self, v):
        self.state = v
    on = functools.partialmethod(set, True)
    off = functools.partialmethod(set, False)
c = Cell()
c.on()
print(c.state)
c.off()
print(c.state)
calls = 0
@functools.lru_cache(maxsize=2)
def sq(x):
    global calls
    calls += 1
    return x * x
print([sq(i) for i in [1, 2, 1, 3, 1, 2]], calls, sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
@functools.singledispatch
def describe(x):
    return "object"
@describe.register
def _(x: int):
    return "int"
@describe.register(list)
def _(x):
    return "list of " + str(len(x))
print(describe(1), describe([1, 2]), describe("s"), describe(True))
@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) >= V(1), V(2) > V(1), V(1) <= V(0))
def deco(f):
    @functools.wraps(f)
    def w(*a):
        return f(*a)
    return w
@deco
def documented():
    "docstring kept"
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
print(sorted(["b", "a", "c"], key=functools.cmp_to_key(lambda a, b: (a < b) - (a > b))))
