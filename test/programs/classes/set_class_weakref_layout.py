# __class__ assignment: a __weakref__ slot is part of the instance layout, so classes that differ only
# in having one (or __dict__) refuse each other; classes with the same dict/weakref slots accept.
class J:
    __slots__ = ["c", "b"]
class N(J):
    __slots__ = ["__weakref__"]
class P(J):
    __slots__ = ["__dict__"]
class Q(J): pass
class R(J):
    __slots__ = ["__dict__", "__weakref__"]
class A: pass
class B:
    __slots__ = ['__dict__']
class W:
    __slots__ = ['__weakref__']
class X: 
    __slots__ = ()
for a, b in ((J, N), (N, J), (P, N), (Q, R), (R, Q), (A, B), (B, A), (W, X), (X, W), (P, Q)):
    x = a()
    try:
        x.__class__ = b
        print(a.__name__, b.__name__, 'ok')
    except TypeError as e:
        print(a.__name__, b.__name__, e)
