# __set_name__ on class creation; order and errors
class Field:
    def __init__(self, default=None):
        self.default = default
    def __set_name__(self, owner, name):
        print(f"__set_name__({owner.__name__}, {name!r})")
        self.owner = owner
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        setattr(obj, self.private, value)

class Model:
    a = Field(1)
    b = Field("b-default")
    c = a

m = Model()
print(m.a, m.b, Model.a.name, Model.b.owner is Model)
m.a = 10
print(m.a, m.c, sorted(vars(m)))

class Late:
    pass
f = Field()
Late.f = f
print(hasattr(f, 'name'))
f.__set_name__(Late, 'f')
print(f.name)

class Raises:
    def __set_name__(self, owner, name):
        raise ValueError("set_name failed for " + name)
try:
    class Victim:
        attr = Raises()
except ValueError as e:
    print(type(e).__name__, e)
    print(e.__notes__ if hasattr(e, '__notes__') else 'no notes')

class NotCallable:
    __set_name__ = 5
try:
    class Victim2:
        x = NotCallable()
except TypeError as e:
    print(type(e).__name__, e)

class Named:
    def __set_name__(self, owner, name):
        print("named", name)
T = type("T", (), {"one": Named(), "two": Named()})
print(T.__name__)
class OnInstance:
    pass
oi = OnInstance()
oi.__set_name__ = lambda *a: print("instance attr not used")
class Uses:
    x = oi
print("done")
