# super().name(...) where the second argument of super is a class: the attribute is looked up
# unbound (a plain function stays a function), not as a method of the class.
def newf(*args):
    return ('newf', [getattr(a, '__name__', a) for a in args])

class A:
    pass

A.__new__ = newf

class B(A):
    def __new__(cls, v):
        return super().__new__(cls, v)

print(B.__new__(B, 1))
print(B(2))

class Base:
    def plain(*args):
        return len(args)

class Derived(Base):
    @classmethod
    def via_class(cls):
        return super().plain(10)

    def via_instance(self):
        return super().plain(10)

print(Derived.via_class(), Derived().via_instance())
print(super(Derived, Derived).plain.__qualname__)


class Hook:
    def __set_name__(self, owner, name):
        print('set_name', name, owner.__new__(owner, 3))


class C(A):
    def __new__(cls, v):
        return super().__new__(cls, v)
    h = Hook()

from enum import IntEnum
try:
    class BadSuper(IntEnum):
        def __new__(cls, value):
            obj = super().__new__(cls, value)
            return obj
        failed = 1
except TypeError as e:
    print('TypeError:', e)
