# match: class patterns, __match_args__, keyword patterns, builtins' self-matching
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center = center
        self.radius = radius
    def __repr__(self):
        return f"Circle({self.center}, {self.radius})"

def shape(s):
    match s:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"point {s.x},{s.y}"
        case Circle(Point(x=cx, y=cy), r=None):
            return "unreachable"
        case Circle(Point(cx, cy), radius):
            return f"circle at {cx},{cy} r={radius}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as text:
            return f"text {text!r}"
        case [Point(), *others]:
            return f"point list +{len(others)}"
        case _:
            return "unknown"

for s in [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Circle(Point(1, 1), 4), 7, 2.5, "hi", [Point(1, 1), 2, 3], True, None]:
    print(s, "->", shape(s))
print(Point.__match_args__)

class NoArgs:
    pass
def too_many(x):
    match x:
        case NoArgs(a):
            return a
try:
    too_many(NoArgs())
except TypeError as e:
    print(type(e).__name__, e)
class BadMatchArgs:
    __match_args__ = ["x"]
def bad(x):
    match x:
        case BadMatchArgs(a):
            return a
try:
    bad(BadMatchArgs())
except TypeError as e:
    print(type(e).__name__, e)
def not_a_class(x):
    match x:
        case len():
            return 1
try:
    not_a_class(1)
except TypeError as e:
    print(type(e).__name__, e)
class Missing:
    __match_args__ = ("absent",)
def missing_attr(x):
    match x:
        case Missing(a):
            return "matched"
        case _:
            return "attribute missing: no match"
print(missing_attr(Missing()))
for builtin_val in [b"by", bytearray(b"ba"), {1}, frozenset(), {"d": 1}, [1], (1,), 3 + 0j, 5, "s", 1.5, True]:
    match builtin_val:
        case bytes(v) | bytearray(v) | set(v) | frozenset(v) | dict(v) | list(v) | tuple(v) | int(v) | str(v) | float(v):
            print(type(builtin_val).__name__, "self-match ->", v)
        case _:
            print(type(builtin_val).__name__, "no self-match")
def dup_kw(x):
    match x:
        case Point(1, x=1):
            return "?"
try:
    dup_kw(Point(1, 1))
except TypeError as e:
    print(type(e).__name__, e)
match True:
    case bool(b) if b:
        print("bool class pattern", b)
match 1:
    case True:
        print("1 matches True?")
    case _:
        print("1 does not match True (identity for singletons)")
