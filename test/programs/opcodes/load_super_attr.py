# LOAD_SUPER_ATTR: super().method(), super().attr, two-arg super, super in nested class bodies
class A:
    value = "A.value"
    def method(self):
        return "A.method"
    @classmethod
    def cmethod(cls):
        return "A.cmethod " + cls.__name__
    @property
    def prop(self):
        return "A.prop"
class B(A):
    value = "B.value"
    def method(self):
        return "B>" + super().method()
    def attr(self):
        return super().value
    @classmethod
    def cmethod(cls):
        return "B>" + super().cmethod()
    @property
    def prop(self):
        return "B>" + super().prop
    def explicit(self):
        return super(B, self).method()
    def get_bound(self):
        m = super().method
        return m()
b = B()
print(b.method(), b.attr(), B.cmethod(), b.prop, b.explicit(), b.get_bound())
class C(B):
    def method(self):
        return "C>" + super().method()
print(C().method(), C.cmethod(), C().prop)
super = lambda *a: "shadowed super"
class D(A):
    def method(self):
        return super()
print(D().method())
del super
class E(A):
    def method(self):
        return super().method()
print(E().method())
class F(A):
    def __init__(self):
        super().__init__()
        self.ok = True
    def __repr__(self):
        return "F(" + super().__repr__()[:4] + ")"
print(F().ok, repr(F()))
