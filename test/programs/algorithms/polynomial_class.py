# a Polynomial class with operator overloading: +, -, *, **, ==, call, repr, derivative, divmod
from fractions import Fraction
class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]
    @property
    def degree(self):
        return len(self.c) - 1
    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1:
                continue
            terms.append(f"{a}" if i == 0 else f"{a}x" if i == 1 else f"{a}x^{i}")
        return " + ".join(terms).replace("+ -", "- ")
    def __add__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])
    __radd__ = __add__
    def __neg__(self):
        return Poly([-a for a in self.c])
    def __sub__(self, o):
        return self + (-o if isinstance(o, Poly) else -o)
    def __rsub__(self, o):
        return -self + o
    def __mul__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)
    __rmul__ = __mul__
    def __pow__(self, n):
        r = Poly([1])
        for _ in range(n):
            r = r * self
        return r
    def __eq__(self, o):
        return isinstance(o, Poly) and self.c == o.c
    __hash__ = None
    def __call__(self, x):
        r = 0
        for a in reversed(self.c):
            r = r * x + a
        return r
    def derivative(self):
        return Poly([i * a for i, a in enumerate(self.c)][1:])
    def __divmod__(self, d):
        num = [Fraction(a) for a in self.c]
        q = [Fraction(0)] * max(1, len(num) - len(d.c) + 1)
        while len(num) >= len(d.c) and any(num):
            shift = len(num) - len(d.c)
            f = num[-1] / d.c[-1]
            q[shift] = f
            for i, b in enumerate(d.c):
                num[i + shift] -= f * b
            num.pop()
        return Poly(q), Poly(num)
x = Poly([0, 1])
p = 3 * x ** 2 - 2 * x + 1
print(p, p.degree, p(2), p(Fraction(1, 3)), p.derivative(), (x + 1) ** 3)
print(p + 5, 5 - p, p * p, p == Poly([1, -2, 3]), (x - 1) * (x + 1))
q, r = divmod(x ** 3 - 1, x - 1)
print(q, "|", r)
q2, r2 = divmod(x ** 2 + 1, 2 * x + 1)
print(q2, "|", r2)
try:
    {p}
except TypeError as e:
    print(type(e).__name__, e)
