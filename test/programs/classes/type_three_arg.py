# type(name, bases, dict) and type() introspection
Point = type("Point", (), {"x": 0, "show": lambda self: f"Point({self.x})"})
p = Point()
p.x = 3
print(p.show(), Point.__name__, Point.__qualname__, Point.__module__, Point.__bases__)

Base = type("Base", (object,), {"greet": lambda self: "hi from " + type(self).__name__})
Child = type("Child", (Base,), {"__doc__": "child doc"})
print(Child().greet(), Child.__doc__, Child.__mro__[1].__name__)

print(type(1), type("s"), type(None), type(type), type(print))
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("A", (), {}, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("A", 1, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, (), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("A", (), [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("A", (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("A", (), {})("arg")
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("A\x00B", (), {})
except ValueError as e:
    print(type(e).__name__, e)

Q = type("Q", (), {"__qualname__": "Outer.Q", "__module__": "mymod"})
print(Q.__qualname__, Q.__module__, repr(Q))
Q.__name__ = "Renamed"
print(Q.__name__, repr(Q))
try:
    Q.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Q.__qualname__ = None
except TypeError as e:
    print(type(e).__name__, e)
class Orig:
    pass
Orig.__qualname__ = "New.Qual"
print(repr(Orig), Orig.__name__)
print(type.__name__, type.__qualname__, type.__module__, int.__module__)
print(type("X", (), {}).__dict__.get("__dict__") is not None)
Dyn = type("Dyn", (), {"__slots__": ("a",)})
d = Dyn()
d.a = 1
print(d.a, hasattr(d, "__dict__"))
