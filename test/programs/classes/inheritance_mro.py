# inheritance, MRO (C3), super() chains, diamond
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()

print(D().who())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
print(D.__bases__ == (B, C), issubclass(D, A), isinstance(D(), C))

class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Order(A, D): pass
except TypeError as e:
    print(type(e).__name__, e)

class O1: pass
class O2: pass
class O3: pass
class O4(O1, O2): pass
class O5(O2, O3): pass
class O6(O4, O5): pass
print([k.__name__ for k in O6.__mro__])

class Base:
    def __init__(self, v):
        self.v = v
        self.log = ["Base"]
class Mid(Base):
    def __init__(self, v):
        super().__init__(v * 2)
        self.log.append("Mid")
class Leaf(Mid):
    pass
l = Leaf(5)
print(l.v, l.log)
print(Leaf.__init__ is Mid.__init__)
print(object.__subclasses__ is not None, sorted(c.__name__ for c in A.__subclasses__()))
try:
    class FromInstance(A()): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class FromInt(1): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class FromBool(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
