# dataclasses: generated __init__/__repr__/__eq__/ordering/frozen/slots/field options
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, KW_ONLY, InitVar
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, repr=False)
p = Point(1)
print(p, p == Point(1, 0), p == Point(1, 1), asdict(p), astuple(p), replace(p, y=5), [f.name for f in fields(p)])
print(Point.__init__.__doc__ if False else Point.__match_args__, Point.__dataclass_fields__["y"].default)
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
print(sorted([Version(1, 2), Version(0, 9), Version(1, 0)]), Version(1) < Version(1, 1), hash(Version(1, 2)) == hash(Version(1, 2)))
try:
    Version(1).major = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e)
@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "b"
s = Slotted(1)
print(s, hasattr(s, "__dict__"), Slotted.__slots__)
@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1), KW(b=3, a=4))
try:
    KW(1)
except TypeError as e:
    print(type(e).__name__, e)
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int
    c: InitVar[int] = 10
    def __post_init__(self, c):
        self.total = self.a + self.b + c
m = Mixed(1, b=2)
print(m, m.total)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print(type(e).__name__, e)
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass
class Child(Point):
    z: int = 9
print(Child(1, 2, z=3), Child(1))
