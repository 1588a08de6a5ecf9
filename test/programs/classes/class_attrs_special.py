# special class attributes and their behaviour
class A:
    "doc of A"
    x = 1
class B(A):
    pass

print(A.__name__, A.__qualname__, A.__module__, A.__doc__, B.__doc__)
print(A.__bases__, B.__bases__, B.__base__, object.__bases__, object.__base__)
print(B.__mro__, type(B.__mro__).__name__)
print(isinstance(A.__dict__, dict), A.__dict__['__module__'])
print(A.__class__, A().__class__, A.__class__.__class__)
print(sorted(B.__dict__.keys()))
print('__weakref__' in A.__dict__, '__dict__' in A.__dict__, '__dict__' in B.__dict__)
print(A.__init__ is object.__init__, A.__repr__ is object.__repr__)
print(A.__flags__ & (1 << 9) != 0)

class C:
    pass
c = C()
c.__class__ = A
print(type(c).__name__, c.x)
try:
    c.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
class Slotted:
    __slots__ = ('a',)
try:
    s = Slotted()
    s.__class__ = C
except TypeError as e:
    print(type(e).__name__, e)

B.__bases__ = (C,)
print(B.__mro__, hasattr(B, 'x'))
try:
    B.__bases__ = ()
except TypeError as e:
    print(type(e).__name__, e)
try:
    A.__bases__ = (B,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    A.__mro__ = ()
except AttributeError as e:
    print(type(e).__name__, e)
A.__doc__ = "new doc"
print(A.__doc__)
try:
    int.__doc__ = "x"
except TypeError as e:
    print(type(e).__name__, e)
def f(): pass
print(f.__module__, f.__qualname__, f.__name__, type(f).__name__)
class Outer:
    class Inner:
        def method(self):
            pass
print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__)
print(A.__subclasses__() == [], C.__subclasses__() == [B])
print(type.__dict__['__mro__'].__name__ if '__mro__' in type.__dict__ else '')
print(int.__dict__['real'].__objclass__.__name__, type(int.__dict__['bit_length']).__name__)
