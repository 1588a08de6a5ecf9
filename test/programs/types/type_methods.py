# type's own methods and attributes: mro(), __subclasses__, __instancecheck__, __prepare__, __text_signature__, type.__call__
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(D.mro(), type.mro(D) == list(D.__mro__), [k.__name__ for k in A.__subclasses__()], B.__subclasses__() == [D])
print(type.__instancecheck__(A, D()), type.__subclasscheck__(A, D), type.__prepare__("X", ()), type(type.__prepare__))
print(type.__call__(A).__class__.__name__, type.__new__(type, "T", (), {}).__name__, type.__init__(A, "A", (), {}))
print(int.__text_signature__ if int.__text_signature__ else None, len.__text_signature__, list.append.__text_signature__, dict.get.__text_signature__)
print(type.__basicsize__ > 0, int.__itemsize__ > 0, object.__flags__ & (1 << 18) != 0, type.__flags__ & (1 << 31) != 0)
print(type.__abstractmethods__ if False else "skip", sorted(k for k in vars(type) if k.startswith("__") and k in ("__call__", "__new__", "__init__", "__prepare__", "__subclasses__", "__mro__", "__dict__")))
print(A.__type_params__, type.__qualname__, type.__doc__.splitlines()[0])
class Meta(type):
    def mro(cls):
        return [cls, object]
class Custom(A, metaclass=Meta):
    pass
print(Custom.__mro__, hasattr(Custom, "__init_subclass__"), issubclass(Custom, A))
try:
    type.mro(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    A.__subclasses__(1)
except TypeError as e:
    print(type(e).__name__, e)
print(vars(A).keys() - {"__dict__", "__weakref__", "__module__", "__doc__", "__firstlineno__", "__static_attributes__"})
class Static:
    def __init__(self):
        self.a = 1
        self.b = 2
    def other(self):
        self.c = 3
print(Static.__static_attributes__, A.__firstlineno__, Static.__firstlineno__)
