# PEP 649/749 on classes: __annotate__/__annotations__ getsets of type, caching in the class dict,
# inheritance (a class without annotations has none of its base's), metaclasses, set and delete.
class A:
    x: int
    y: 'str' = 'y'
print(A.__annotations__, A.__annotate__.__name__, A.__annotate__.__qualname__)
print(sorted(k for k in A.__dict__ if 'annot' in k))
print(A.__annotations__ is A.__annotations__, sorted(k for k in A.__dict__ if 'annot' in k))

class B(A):
    pass
print(B.__annotations__, B.__annotate__, sorted(k for k in B.__dict__ if 'annot' in k))

class C(A):
    z: float
print(C.__annotations__)

class M(type):
    pass
class D(metaclass=M):
    a: int
print(D.__annotations__, type(D).__name__)
print('__annotations__' in dir(M), '__annotate__' in dir(type))

class WithMetaAnn(type):
    meta_attr: int
print(WithMetaAnn.__annotations__)
class E(metaclass=WithMetaAnn):
    e: bytes
print(E.__annotations__)
class F(metaclass=WithMetaAnn):
    pass
print(F.__annotations__)

for t in (int, object, type, list):
    try:
        print(t.__annotations__)
    except AttributeError as e:
        print('AttributeError', e)
    try:
        print(t.__annotate__)
    except AttributeError as e:
        print('AttributeError', e)

try:
    int.__annotations__ = {}
except TypeError as e:
    print('TypeError', e)
try:
    int.__annotate__ = None
except TypeError as e:
    print('TypeError', e)

class G:
    g: int
G.__annotations__ = {'new': 1}
print(G.__annotations__, G.__annotate__, sorted(k for k in G.__dict__ if 'annot' in k))
del G.__annotations__
print(sorted(k for k in G.__dict__ if 'annot' in k))
try:
    del G.__annotations__
except AttributeError as e:
    print('AttributeError', e)
print(G.__annotations__)

class H:
    h: int
H.__annotate__ = lambda format: {'by': format}
print(H.__annotations__)
try:
    H.__annotate__ = 5
except TypeError as e:
    print('TypeError', e)
try:
    del H.__annotate__
except TypeError as e:
    print('TypeError', e)
H.__annotate__ = None
print(H.__annotate__, H.__annotations__)

class I:
    i: undefined_yet
try:
    I.__annotations__
except NameError as e:
    print('NameError', e)
undefined_yet = complex
print(I.__annotations__)

# A class body that defines the name __annotations__ itself.
class J:
    __annotations__ = {'manual': 1}
print(J.__annotations__, J.__annotate__)

# Class annotations read the class namespace first, then globals.
T = 'global T'
class K:
    T = 'class T'
    k: T
print(K.__annotations__)

# Type params and nested classes.
class L[Q]:
    l: Q
    class Inner:
        n: 'L'
print(L.__annotations__, L.Inner.__annotations__, L.__type_params__)

class N:
    x: int
    def method(self): pass
print(type(N.__dict__['__annotate_func__']).__name__ if '__annotate_func__' in N.__dict__ else 'none')
print(N.__annotate__(1), N.__annotate__(2))
try:
    N.__annotate__(3)
except NotImplementedError:
    print('NotImplementedError')
import types
print(types.SimpleNamespace.__dict__.get('__annotations__'))

# Subclass of a class with cached annotations.
class O:
    o: int
O.__annotations__
class P(O):
    pass
print(P.__annotations__, P.__dict__.get('__annotations_cache__'))
