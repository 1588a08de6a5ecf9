# `in`, `not in`, `is`, `is not`: __contains__, iteration fallback, __getitem__ fallback
class HasContains:
    def __contains__(self, x):
        print("  __contains__", x)
        return x == 3
print(3 in HasContains(), 4 not in HasContains())

class ContainsTruthy:
    def __contains__(self, x):
        return "non-empty"
print(1 in ContainsTruthy())

class Iterable:
    def __iter__(self):
        print("  __iter__")
        return iter([1, 2, 3])
print(2 in Iterable(), 9 in Iterable())

class GetItem:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(20 in GetItem(), 25 in GetItem())

class No:
    pass
try:
    1 in No()
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] in {}
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
print("" in "abc", "bc" in "abc", b"b" in b"abc", 98 in b"abc", 1 in [1.0], 1 in {1.0: 2})
print(None is None, None is not None, [] is [], () is (), NotImplemented is NotImplemented)
x = [1]
y = x
print(x is y, x is not [1], x == [1])
class ContainsNone:
    __contains__ = None
try:
    1 in ContainsNone()
except TypeError as e:
    print(type(e).__name__, e)
class IterRaises:
    def __iter__(self):
        raise RuntimeError("iter failed")
try:
    1 in IterRaises()
except RuntimeError as e:
    print(type(e).__name__, e)
class EqCounts:
    calls = 0
    def __eq__(self, o):
        EqCounts.calls += 1
        return False
items = [EqCounts(), EqCounts(), EqCounts()]
print(EqCounts() in items, EqCounts.calls)
print(items[1] in items, EqCounts.calls)
print(1 in range(3), 3 in range(0, 10, 3), 4 in range(0, 10, 3), 2.0 in range(3), "x" in range(3))
print(2 in iter([1, 2, 3]))
it = iter([1, 2, 3, 4])
print(2 in it, list(it))
