# non-data descriptor caching into the instance dict; functools.cached_property
import functools

class lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, cls):
        if obj is None:
            return self
        print("computing", self.name)
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value

class Data:
    def __init__(self, n):
        self.n = n
    @lazy
    def total(self):
        return sum(range(self.n))
    @functools.cached_property
    def squares(self):
        print("computing squares")
        return [i * i for i in range(self.n)]

d = Data(5)
print(d.total, d.total, d.squares, d.squares)
print(sorted(vars(d)))
del d.squares
print(d.squares)
d.squares = "overwritten"
print(d.squares)
print(type(Data.squares).__name__, Data.squares.attrname)

class Slotted:
    __slots__ = ('x',)
    @functools.cached_property
    def y(self):
        return 1
try:
    Slotted().y
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Twice:
        @functools.cached_property
        def a(self):
            return 1
        b = a
except TypeError as e:
    print(type(e).__name__, e)

class Counter:
    calls = 0
    @functools.cache
    def fib(self, k):
        Counter.calls += 1
        return k if k < 2 else self.fib(k - 1) + self.fib(k - 2)
c = Counter()
print(c.fib(30), Counter.calls)
