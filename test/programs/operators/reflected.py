# binary operators, reflected operands, NotImplemented handling
class V:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"V({self.n})"
    def __add__(self, o):
        print("  V.__add__", o)
        if isinstance(o, V):
            return V(self.n + o.n)
        if isinstance(o, int):
            return V(self.n + o)
        return NotImplemented
    def __radd__(self, o):
        print("  V.__radd__", o)
        if isinstance(o, int):
            return V(o + self.n)
        return NotImplemented
    def __sub__(self, o):
        return V(self.n - o.n) if isinstance(o, V) else NotImplemented
    def __rsub__(self, o):
        return V(o - self.n) if isinstance(o, int) else NotImplemented
    def __mul__(self, o):
        return V(self.n * o) if isinstance(o, int) else NotImplemented
    __rmul__ = __mul__

print(V(1) + V(2))
print(V(1) + 5)
print(5 + V(1))
print(V(1) - V(3), 10 - V(3), V(2) * 3, 3 * V(2))
try:
    V(1) + "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" + V(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    V(1) - 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    V(1) / V(2)
except TypeError as e:
    print(type(e).__name__, e)

class SubV(V):
    def __radd__(self, o):
        print("  SubV.__radd__ tried first", o)
        return V(100)
print(V(1) + SubV(2))

class SubSame(V):
    pass
print(V(1) + SubSame(2))

class OnlyR:
    def __rtruediv__(self, o):
        return f"rtruediv({o})"
    def __rfloordiv__(self, o):
        return f"rfloordiv({o})"
    def __rmod__(self, o):
        return f"rmod({o})"
    def __rpow__(self, o, mod=None):
        return f"rpow({o}, {mod})"
    def __rmatmul__(self, o):
        return f"rmatmul({o})"
    def __rlshift__(self, o):
        return f"rlshift({o})"
    def __rrshift__(self, o):
        return f"rrshift({o})"
    def __rand__(self, o):
        return f"rand({o})"
    def __ror__(self, o):
        return f"ror({o})"
    def __rxor__(self, o):
        return f"rxor({o})"
    def __rdivmod__(self, o):
        return f"rdivmod({o})"
r = OnlyR()
print(1 / r, 1 // r, 1 % r, 2 ** r, 1 @ r, 1 << r, 1 >> r, 1 & r, 1 | r, 1 ^ r, divmod(1, r))
print(pow(2, r))
try:
    pow(2, r, 5)
except TypeError as e:
    print(type(e).__name__, e)
class BothNI:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
try:
    BothNI() + BothNI()
except TypeError as e:
    print(type(e).__name__, e)
print(NotImplemented, type(NotImplemented).__name__)
try:
    bool(NotImplemented)
except TypeError as e:
    print(type(e).__name__, e)
