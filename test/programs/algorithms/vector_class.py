# a 2-D/3-D vector class: operators, reflected scalar multiplication, abs, iteration, equality/hash, formatting
import math
class Vec:
    __slots__ = ("xs",)
    def __init__(self, *xs):
        self.xs = tuple(xs)
    def __repr__(self):
        return f"Vec{self.xs}"
    def __iter__(self):
        return iter(self.xs)
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __add__(self, o):
        if not isinstance(o, Vec) or len(o) != len(self):
            return NotImplemented
        return Vec(*(a + b for a, b in zip(self, o)))
    def __sub__(self, o):
        return self + (-o)
    def __neg__(self):
        return Vec(*(-a for a in self))
    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self, k))
        return Vec(*(a * k for a in self))
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec(*(a / k for a in self))
    def __abs__(self):
        return math.hypot(*self)
    def __eq__(self, o):
        return isinstance(o, Vec) and self.xs == o.xs
    def __hash__(self):
        return hash(self.xs)
    def __bool__(self):
        return any(self.xs)
    def __format__(self, spec):
        return "<" + ", ".join(format(a, spec) for a in self) + ">"
    def cross(self, o):
        a1, a2, a3 = self
        b1, b2, b3 = o
        return Vec(a2 * b3 - a3 * b2, a3 * b1 - a1 * b3, a1 * b2 - a2 * b1)
a, b = Vec(1, 2, 3), Vec(4, 5, 6)
print(a + b, a - b, a * 2, 3 * a, a * b, abs(Vec(3, 4)), a / 2, -a, a.cross(b), bool(Vec(0, 0)), bool(a))
print(f"{a / 3:.3f}", f"{Vec(1.5, 2):>6}", list(a), a[1], len(a), max(a), {a: "hashable"}[Vec(1, 2, 3)])
try:
    a + Vec(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.extra = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)), sorted([Vec(3, 0), Vec(1, 1)], key=abs))
