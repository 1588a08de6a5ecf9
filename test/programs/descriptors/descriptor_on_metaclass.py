# descriptor lookup on types: metaclass attributes vs class attributes
class Meta(type):
    @property
    def meta_prop(cls):
        return "meta_prop of " + cls.__name__
    def meta_method(cls):
        return "meta_method of " + cls.__name__
    shared = "from metaclass"

class A(metaclass=Meta):
    shared = "from class"
    def method(self):
        return "instance method"

print(A.meta_prop, A.meta_method(), A.shared)
try:
    A().meta_prop
except AttributeError as e:
    print(type(e).__name__, e)
print(type(A).shared, Meta.meta_prop.__class__.__name__)

class DataDesc:
    def __get__(self, obj, objtype=None):
        return "data desc on metaclass"
    def __set__(self, obj, value):
        raise AttributeError("read-only via metaclass")

class Meta2(type):
    attr = DataDesc()
class B(metaclass=Meta2):
    attr = "class attr"
print(B.attr)
try:
    B.attr = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(B().attr)

class NonDataMeta:
    def __get__(self, obj, objtype=None):
        return "non-data desc on metaclass"
class Meta3(type):
    attr = NonDataMeta()
class C(metaclass=Meta3):
    attr = "class attr wins over non-data"
class D(metaclass=Meta3):
    pass
print(C.attr, D.attr)

class ClassDesc:
    def __get__(self, obj, objtype=None):
        return ("ClassDesc", obj is None, objtype.__name__)
class E:
    d = ClassDesc()
print(E.d, E().d)
print(type.__dict__['__name__'].__get__(E), int.__name__, type.__name__)
print(A.__name__, A.__class__.__name__)
