# match on dataclasses (auto __match_args__), enums as value patterns, and nested structures of both
from dataclasses import dataclass
import enum
class Kind(enum.Enum):
    CIRCLE = "circle"
    RECT = "rect"
@dataclass
class Shape:
    kind: Kind
    dims: tuple
@dataclass
class Scene:
    name: str
    shapes: list
def area(s):
    match s:
        case Shape(Kind.CIRCLE, (r,)):
            return round(3.14159 * r * r, 2)
        case Shape(Kind.RECT, (w, h)):
            return w * h
        case Shape(kind, dims):
            return f"bad dims {dims} for {kind.name}"
def summarize(scene):
    match scene:
        case Scene(name, []):
            return f"{name}: empty"
        case Scene(name, [Shape() as only]):
            return f"{name}: one shape, area {area(only)}"
        case Scene(name, [first, *others]):
            return f"{name}: {1 + len(others)} shapes, first area {area(first)}"
print(summarize(Scene("a", [])), summarize(Scene("b", [Shape(Kind.CIRCLE, (1,))])), summarize(Scene("c", [Shape(Kind.RECT, (2, 3)), Shape(Kind.RECT, (1, 1, 1))])))
print(area(Shape(Kind.RECT, (1, 2, 3))), Shape.__match_args__, Scene.__match_args__)
