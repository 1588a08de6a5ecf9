# abc.ABC and abstractmethod
import abc

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...
    @property
    @abc.abstractmethod
    def name(self):
        ...
    def describe(self):
        return f"{self.name}: {self.area()}"

try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)

class Half(Shape):
    def area(self):
        return 1
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)

class Square(Half):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    @property
    def name(self):
        return "square"

print(Square(3).describe(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
print(isinstance(Square(1), Shape), issubclass(Square, abc.ABC), type(Shape).__name__)

class Meta(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def a(self): pass
    @classmethod
    @abc.abstractmethod
    def b(cls): pass
    @staticmethod
    @abc.abstractmethod
    def c(): pass
print(sorted(Meta.__abstractmethods__))

class Later(abc.ABC):
    pass
def new_abstract(self):
    pass
Later.m = abc.abstractmethod(new_abstract)
print(type(Later()).__name__)
abc.update_abstractmethods(Later)
try:
    Later()
except TypeError as e:
    print(type(e).__name__, e)
print(getattr(Shape.area, '__isabstractmethod__', False), getattr(Square.area, '__isabstractmethod__', False))

class Virtual(abc.ABC):
    pass
Virtual.register(int)
print(isinstance(5, Virtual), Virtual.register(str) is str)
try:
    Virtual.register(5)
except TypeError as e:
    print(type(e).__name__, e)
