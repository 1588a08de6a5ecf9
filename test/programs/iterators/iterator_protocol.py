# the iterator protocol by hand: exhaustion, re-iteration, iterator vs iterable, StopIteration value
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
cd = Countdown(3)
print(list(cd), list(cd), [x * 2 for x in cd], sum(cd), 2 in cd)
class OneShot:
    def __init__(self, items):
        self.items = list(items)
    def __iter__(self):
        return self
    def __next__(self):
        if not self.items:
            raise StopIteration("done")
        return self.items.pop(0)
o = OneShot("ab")
print(list(o), list(o))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "exhausted"))
lst = [1, 2, 3]
li = iter(lst)
lst.append(4)
print(list(li))
d = {"a": 1}
di = iter(d)
d["b"] = 2
try:
    next(di)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1}
si = iter(s)
s.add(2)
try:
    next(si)
except RuntimeError as e:
    print(type(e).__name__, e)
class LegacyGetItem:
    def __getitem__(self, i):
        if i == 3:
            raise IndexError
        return i * 11
print(list(LegacyGetItem()), list(enumerate(LegacyGetItem())))
class StopsEarly:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopsEarly()))
r = iter(range(5))
print(list(zip(r, r)))
ri = reversed(range(3))
print(next(ri), list(ri))
e = enumerate(iter("xyz"))
print(next(e), list(e))
print(list(map(None.__class__, [])) if False else "skip", list(iter([])))
