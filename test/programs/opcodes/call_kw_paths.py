# CALL_KW with keyword names tuples on Python functions, builtins, classes, methods and bound partials
import functools
def f(a, b=0, *, c=1, **rest):
    return a, b, c, rest
class K:
    def __init__(self, x, y=2):
        self.x, self.y = x, y
    def m(self, *, z):
        return (self.x, self.y, z)
print(f(1, c=3), f(a=1), f(1, b=2, c=3, d=4), K(x=1).m(z=5), K(1, y=9).m(z=0))
print(int("ff", base=16), sorted([3, 1], reverse=True), print("kw", end="!\n", sep="") or "", dict(a=1, b=2), str(b"x", encoding="ascii"))
p = functools.partial(f, 10, c=20)
print(p(b=5), p(c=99, extra=1), max([1, 5, 3], key=lambda v: -v), round(number=2.567, ndigits=2))
