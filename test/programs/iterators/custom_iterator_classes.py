# iterator classes with __iter__ returning self, resettable iterables, __length_hint__, and StopIteration subclass use
import operator
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        return FibIterator(self.limit)
class FibIterator:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
    def __length_hint__(self):
        return 5
f = Fib(50)
print(list(f), list(f), sum(f), operator.length_hint(iter(f)), max(f))
class Done(StopIteration):
    pass
class Once:
    def __init__(self):
        self.used = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.used:
            raise Done("custom stop")
        self.used = True
        return "only"
print(list(Once()), [x for x in Once()])
o = Once()
next(o)
try:
    next(o)
except StopIteration as e:
    print(type(e).__name__, e.value)
