# __classcell__ and __qualname__ may be named in __slots__: the class cell leaves the namespace before
# the slot descriptors go in; a non-cell __classcell__ is still refused.
class Meta(type):
    def __new__(cls, name, bases, namespace, attr):
        print(attr in namespace, type(namespace[attr]).__name__)
        return super().__new__(cls, name, bases, namespace)
class C1:
    def __init__(self):
        self.b = 42
class C2(C1, metaclass=Meta, attr="__classcell__"):
    __slots__ = ["__classcell__"]
    def __init__(self):
        super().__init__()
print(type(C2.__dict__["__classcell__"]).__name__)
c = C2()
print(c.b, hasattr(c, "__classcell__"))
c.__classcell__ = 42
print(c.__classcell__)
try:
    class C3:
        __classcell__ = 42
        __slots__ = ["__classcell__"]
except TypeError as e:
    print(e)
class C4:
    __slots__ = ["__qualname__"]
    __qualname__ = 'Q'
print(C4.__qualname__, type(C4.__dict__['__qualname__']).__name__)
