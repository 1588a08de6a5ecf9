# classmethod wrapping other descriptors (3.9-3.12 chaining removed in 3.13), staticmethod callability, wrapping builtins
class A:
    @classmethod
    def cm(cls):
        return cls.__name__
    @staticmethod
    def sm():
        return "static"
    smref = sm
print(A.cm(), A().cm(), A.sm(), A.smref(), callable(A.__dict__["sm"]), A.__dict__["sm"]())
class B(A):
    pass
print(B.cm(), B().cm())
bound = A.cm
print(bound.__self__ is A, bound.__func__.__name__, type(bound).__name__)
cm_len = classmethod(len)
class C:
    size = cm_len
try:
    print(C.size())
except TypeError as e:
    print(type(e).__name__, e)
sm_len = staticmethod(len)
class D:
    size = sm_len
print(D.size("four"), D().size([1]))
print(classmethod(A.cm.__func__).__get__(None, B)(), staticmethod(A.sm).__get__(None, A)())
class E:
    @classmethod
    @property
    def cp(cls):
        return "chained"
print(type(E.cp).__name__)
