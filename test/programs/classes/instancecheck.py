# __instancecheck__ / __subclasscheck__ on metaclasses; isinstance with tuples and unions
class EvenMeta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub is bool or sub is int

class Even(metaclass=EvenMeta):
    pass

print(isinstance(2, Even), isinstance(3, Even), isinstance("x", Even))
print(issubclass(int, Even), issubclass(str, Even), issubclass(bool, Even))
print(isinstance(4, (str, Even)), isinstance(4, (str, (float, Even))))

class AlwaysTrue(type):
    def __instancecheck__(cls, obj):
        print("instancecheck called for", type(obj).__name__)
        return 1
class T(metaclass=AlwaysTrue):
    pass
print(isinstance(T(), T))
print(isinstance(5, T))

try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(int, (int, 1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(issubclass(int, (1, int)))
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(int, (int, 1)) if False else isinstance(1, (int, 1)))

class FakeClass:
    @property
    def __class__(self):
        return int
f = FakeClass()
print(isinstance(f, int), isinstance(f, FakeClass), type(f).__name__)

class HasBases:
    __bases__ = (int,)
try:
    print(issubclass(HasBases(), int))
except TypeError as e:
    print(type(e).__name__, e)

import abc
class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, '__len__') or NotImplemented
print(issubclass(list, Sized), issubclass(int, Sized), isinstance("abc", Sized))
class Registered(abc.ABC):
    pass
Registered.register(float)
print(isinstance(1.5, Registered), issubclass(float, Registered), issubclass(int, Registered))
print(isinstance(True, int), isinstance(None, type(None)), isinstance(int, type))
