# classmethod and staticmethod objects
class A:
    count = 0
    @classmethod
    def create(cls, *args):
        cls.count += 1
        return (cls.__name__, args)
    @staticmethod
    def helper(a, b=2):
        return a + b

class B(A):
    pass

print(A.create(1), B.create(2, 3), A().create(), A.count, B.count)
print(A.helper(1), A().helper(1, 1), B.helper(5))
cm = A.__dict__['create']
sm = A.__dict__['helper']
print(type(cm).__name__, type(sm).__name__)
print(cm.__func__.__name__, sm.__func__.__name__)
print(cm.__get__(None, B)(), sm.__get__(None, A)(10))
print(sm(3, 4))
print(cm.__wrapped__ is cm.__func__, sm.__wrapped__ is sm.__func__)
print(cm.__isabstractmethod__, sm.__name__, sm.__qualname__, cm.__doc__)
try:
    cm(1)
except TypeError as e:
    print(type(e).__name__, e)

def plain(x):
    "plain doc"
    return x
s2 = staticmethod(plain)
c2 = classmethod(plain)
print(s2.__doc__, c2.__doc__, s2.__name__)
class C:
    s = s2
    c = c2
print(C.s(7), C.c().__name__)
try:
    staticmethod()
except TypeError as e:
    print(type(e).__name__, e)
try:
    classmethod(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
bound = A.create
print(bound.__self__ is A, bound.__func__ is cm.__func__)
print(repr(staticmethod(plain))[:26], repr(classmethod(plain))[:25])

class D:
    @classmethod
    @property
    def prop(cls):
        return "cm+prop"
try:
    print(D.prop)
except Exception as e:
    print(type(e).__name__, e)
