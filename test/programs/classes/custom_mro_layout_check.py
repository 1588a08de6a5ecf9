# A metaclass mro() may reorder the classes but not bring in one whose instance layout the class does
# not have (CPython: mro_check), nor a non-class.
class _metaclass(type):
    def mro(self):
        return [self, dict, object]
try:
    class X(object, metaclass=_metaclass):
        pass
    print('created')
except TypeError as e:
    print('TypeError:', e)
class PerverseMetaType(type):
    def mro(cls):
        L = type.mro(cls); L.reverse(); return L
class A: 
    def f(self): return 'A'
class B(A): pass
class C(A): pass
class D(B, C): pass
class X2(D, B, C, A, metaclass=PerverseMetaType): pass
print([k.__name__ for k in X2.__mro__], X2().f())
class M2(type):
    def mro(self):
        return [self, int, object]
try:
    class Y(int, metaclass=M2): pass
    print('Y ok', Y(3) + 1)
except TypeError as e: print('TypeError:', e)
class M3(type):
    def mro(self): return [self, 1]
try:
    class Z(metaclass=M3): pass
except TypeError as e: print('TypeError:', e)
