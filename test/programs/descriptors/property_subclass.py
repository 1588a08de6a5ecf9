# subclassing property and descriptors built on it
class typed_property(property):
    def __init__(self, name, kind):
        self.attr = "_" + name
        self.kind = kind
        super().__init__(self._get, self._set, None, f"{name}: {kind.__name__}")
    def _get(self, obj):
        return getattr(obj, self.attr, None)
    def _set(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.attr, value)

class Person:
    name = typed_property("name", str)
    age = typed_property("age", int)

p = Person()
print(p.name, p.age)
p.name = "Ann"
p.age = 30
print(p.name, p.age, Person.age.__doc__, type(Person.name).__name__)
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del p.age
except AttributeError as e:
    print(type(e).__name__, e)

class Base:
    @property
    def value(self):
        return "base"
class Override(Base):
    value = "plain class attr"
print(Override().value)
class Child(Base):
    @Base.value.setter
    def value(self, v):
        self._v = v
c = Child()
c.value = 3
print(c.value, c._v)
print(Base.value.fset, Child.value.fset.__name__)
class WithName(property):
    pass
wn = WithName(lambda s: 1)
print(type(wn.getter(lambda s: 2)).__name__)
class PropDoc:
    @property
    def documented(self):
        """getter doc"""
        return 1
print(PropDoc.documented.__doc__)
pd = property(PropDoc.documented.fget, doc="explicit")
print(pd.__doc__)
print(property(None).__doc__)
