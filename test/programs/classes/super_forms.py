# zero-argument super, two-argument super, super in classmethods/staticmethods, super objects
class A:
    def f(self):
        return "A.f"
    @classmethod
    def c(cls):
        return "A.c:" + cls.__name__
    @property
    def p(self):
        return "A.p"
    x = "A.x"

class B(A):
    def f(self):
        return "B.f>" + super().f()
    @classmethod
    def c(cls):
        return "B.c>" + super().c()
    @property
    def p(self):
        return "B.p>" + super().p
    def two_arg(self):
        return super(B, self).f()
    def attr(self):
        return super().x

class C(B):
    def f(self):
        return "C.f>" + super().f()
    def skip(self):
        return super(B, self).f()

c = C()
print(c.f(), C.c(), c.p, c.two_arg(), c.skip(), c.attr())
s = super(B, c)
print(type(s).__name__, s.f(), s.__thisclass__ is B, s.__self__ is c, s.__self_class__ is C)
print(super(C, C).c())
try:
    super(B, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(B, c).missing
except AttributeError as e:
    print(type(e).__name__, e)

def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)

class D(A):
    def nested(self):
        def inner():
            return super().f()
        return inner()
try:
    D().nested()
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)

class E(A):
    def lam(self):
        return (lambda: super().f())()
try:
    print(E().lam())
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)

class F(A):
    def gen(self):
        yield super().f()
    def comp(self):
        return [super().f() for _ in range(2)]
print(list(F().gen()), F().comp())

class G(A):
    @staticmethod
    def st():
        try:
            return super().f()
        except RuntimeError as e:
            return type(e).__name__ + ": " + str(e)
print(G.st())

class H(A):
    def f(self):
        super = None
        return __class__.__name__
print(H().f())

class I(A):
    def noargs():
        return super().f()
try:
    I.noargs()
except RuntimeError as e:
    print(type(e).__name__, e)
print(repr(super(B, c)).startswith("<super: <class 'B'>, <C object"))
