# C3 linearization on a larger hierarchy, super() walking it, and failures when orders conflict
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
class Base:
    def who(self):
        return ["Base"]
def make(name, *bases):
    def who(self):
        return [name] + super(cls, self).who()
    cls = type(name, bases, {"who": who})
    return cls
L = make("L", Base)
R = make("R", Base)
M = make("M", L, R)
N = make("N", R, L)
print(M().who(), N().who())
try:
    class Bad(M, N):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class X(int, object):
    pass
print([k.__name__ for k in X.__mro__], X(3) + 1)
try:
    class Y(object, int):
        pass
except TypeError as e:
    print(type(e).__name__, e)
