# rich comparisons: reflection, NotImplemented, defaults, chained comparisons
class C:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"C({self.v})"
    def __lt__(self, o):
        print(f"  {self}.__lt__({o})")
        return self.v < o.v if isinstance(o, C) else NotImplemented
    def __eq__(self, o):
        print(f"  {self}.__eq__({o})")
        return self.v == o.v if isinstance(o, C) else NotImplemented

print(C(1) < C(2))
print(C(2) > C(1))
print(C(1) == C(1), C(1) != C(2))
print(C(1) == 1)
try:
    C(1) < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    C(1) <= C(2)
except TypeError as e:
    print(type(e).__name__, e)

class Sub(C):
    def __gt__(self, o):
        print(f"  Sub.__gt__({o})")
        return "sub-gt"
print(C(1) < Sub(2))

class Other:
    def __eq__(self, o):
        print("  Other.__eq__")
        return NotImplemented
o1, o2 = Other(), Other()
print(o1 == o2, o1 == o1, o1 != o2)

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1.0 == True)
def noisy(x):
    print("  eval", x)
    return x
print(noisy(1) < noisy(2) < noisy(0) < noisy(5))

try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    None < None
except TypeError as e:
    print(type(e).__name__, e)
try:
    {} < {}
except TypeError as e:
    print(type(e).__name__, e)
try:
    object() >= object()
except TypeError as e:
    print(type(e).__name__, e)
print([1, 2] < [1, 3], (1, 2, 3) > (1, 2), "abc" < "abd", [C(1)] == [C(1)])
print([1, [2, 3]] < [1, [2, 4]], (1, "a") < (1, "b"))
try:
    (1, 2) < (1, "x")
except TypeError as e:
    print(type(e).__name__, e)
nan = float("nan")
l = [nan]
print(nan == nan, l == l, [nan] == [nan], nan in l, l.count(nan))
import functools
@functools.total_ordering
class T:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(T(1) <= T(2), T(3) >= T(2), T(1) > T(1))
