# super(): unbound super objects, super with classmethods, super().__init_subclass__, super in properties, super attributes
class A:
    def m(self):
        return "A.m"
    @classmethod
    def c(cls):
        return "A.c " + cls.__name__
    def __repr__(self):
        return "A-repr"
class B(A):
    def m(self):
        return "B.m > " + super().m()
b = B()
print(super(B, b).m(), super(B, B).c(), super(B, b).__repr__(), repr(super(B, b))[:20])
unbound = super(B)
print(type(unbound).__name__, unbound.__thisclass__, unbound.__self__, unbound.__self_class__)
bound = unbound.__get__(b, B)
print(bound.m())
try:
    super(B, A())
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(1, b)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super()
except RuntimeError as e:
    print(type(e).__name__, e)
class C(B):
    def m(self):
        return "C.m > " + super(B, self).m()
print(C().m())
class WithDescr(A):
    @property
    def p(self):
        return super().m()
print(WithDescr().p)
print(super(B, b).__class__ is super, super(B, b).__doc__ is None or True)
class Slotty:
    __slots__ = ()
    def who(self):
        return "Slotty.who"
class SlottyChild(Slotty):
    __slots__ = ()
    def who(self):
        return "child > " + super().who()
print(SlottyChild().who())
