# dataclasses: field(init=False), __post_init__, compare=False fields, inheritance with defaults, match_args, replace validation
from dataclasses import dataclass, field, fields, replace, is_dataclass, make_dataclass
@dataclass
class Order:
    item: str
    qty: int = 1
    price: float = 0.0
    total: float = field(init=False)
    note: str = field(default="", compare=False, repr=False)
    def __post_init__(self):
        self.total = round(self.qty * self.price, 2)
o = Order("pen", 3, 1.25, note="gift")
print(o, o == Order("pen", 3, 1.25, note="other"), [f.name for f in fields(o) if f.init])
print(replace(o, qty=10), is_dataclass(o), is_dataclass(Order), is_dataclass(1))
try:
    replace(o, total=5)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
match o:
    case Order("pen", qty):
        print("matched pen with qty", qty)
@dataclass
class Base:
    x: int
    y: int = 0
@dataclass
class Derived(Base):
    z: int = 5
    x: int = 100
print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])
Point3 = make_dataclass("Point3", [("x", int), ("y", int, field(default=0))], namespace={"norm1": lambda self: abs(self.x) + abs(self.y)})
p = Point3(-3)
print(p, p.norm1(), Point3.__name__)
@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: list = field(hash=False, compare=False, default_factory=list)
print(hash(Key(1)) == hash(Key(1, [9])), Key(1) == Key(1, [2]))
