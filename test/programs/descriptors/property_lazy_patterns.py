# property patterns: computed, cached via __dict__, read-only views, validation with class-level defaults
class Circle:
    def __init__(self, r):
        self.radius = r
    @property
    def radius(self):
        return self._r
    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("radius must be non-negative")
        self._r = value
        self.__dict__.pop("area_cache", None)
    @property
    def area(self):
        if "area_cache" not in self.__dict__:
            print("  computing area")
            self.__dict__["area_cache"] = round(3.14159 * self._r ** 2, 3)
        return self.__dict__["area_cache"]
c = Circle(2)
print(c.area, c.area)
c.radius = 3
print(c.area)
try:
    c.radius = -1
except ValueError as e:
    print(type(e).__name__, e)
class Person:
    def __init__(self, first, last):
        self.first, self.last = first, last
    full = property(lambda self: f"{self.first} {self.last}")
    @full.setter
    def full(self, value):
        self.first, self.last = value.split(" ", 1)
p = Person("Ada", "Lovelace")
print(p.full)
p.full = "Grace Hopper"
print(p.first, p.last, type(Person.full).__name__)
class ReadOnlyList:
    def __init__(self, items):
        self._items = list(items)
    @property
    def items(self):
        return tuple(self._items)
r = ReadOnlyList([1, 2])
print(r.items)
try:
    r.items.append(3)
except AttributeError as e:
    print(type(e).__name__, e)
