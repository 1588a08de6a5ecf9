# next() re-raises the StopIteration that __next__ raised (subclass, value, identity); `yield from`
# takes the value of a Python iterator's StopIteration; consumers drop a generator's return value
class Done(StopIteration):
    pass

class Once:
    def __init__(self, exc):
        self.exc = exc
        self.used = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.used:
            raise self.exc
        self.used = True
        return "only"

err = Done("custom", 7)
o = Once(err)
print(next(o))
try:
    next(o)
except StopIteration as e:
    print(type(e).__name__, e.args, e.value, e is err)
print(next(Once(StopIteration(3)), "x"), next(Once(ValueError("v")), "y"))
o = Once(StopIteration(5))
next(o)
print(next(o, "default"))
try:
    next(Once(KeyError("k")))
    next(o)
except StopIteration as e:
    print("plain", repr(e), e.value)

class Valued:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(42)

def delegate():
    result = yield from Valued()
    print("yield from got", result)
    result = yield from Once(Done("d", 9))
    print("then", result)
    return "end"

g = delegate()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("generator returned", e.value)

def returns():
    yield 1
    yield 2
    return "ret"

print(list(returns()), set(returns()), tuple(returns()), dict.fromkeys(returns()), sorted(returns()))
print(sum(returns()), max(returns()), list(zip(returns(), returns())), list(map(str, returns())), [*returns()])
import itertools
print(list(itertools.chain(returns(), returns())), list(enumerate(returns())), frozenset(returns()))
g = returns()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("next at the end:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value, e.args)
