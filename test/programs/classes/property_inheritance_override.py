# overriding only the setter of an inherited property, calling the parent's property from the child, abstract properties
class Base:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        self._v = value
class Doubling(Base):
    @Base.v.setter
    def v(self, value):
        Base.v.fset(self, value * 2)
class Logged(Base):
    @property
    def v(self):
        return f"logged({super().v})"
    @v.setter
    def v(self, value):
        print("  setting", value)
        super(Logged, type(self)).v.__set__(self, value)
d = Doubling()
d.v = 5
print(d.v, type(Doubling.v).__name__, Doubling.v.fget is Base.v.fget)
l = Logged()
l.v = 3
print(l.v, l._v)
import abc
class Shape(abc.ABC):
    @property
    @abc.abstractmethod
    def area(self): ...
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    @property
    def area(self):
        return self.s ** 2
print(Sq(3).area, Shape.area.__isabstractmethod__, Sq.area.__isabstractmethod__)
