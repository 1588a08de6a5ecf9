# collections.namedtuple and typing.NamedTuple
from collections import namedtuple
from typing import NamedTuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=10), Point._make([3, 4]), len(p), tuple(p))
print(isinstance(p, tuple), p == (1, 2), Point.__doc__, Point.x.__doc__ if hasattr(Point.x, "__doc__") else "")
P3 = namedtuple("P3", "a b c", defaults=[0, 0])
print(P3(1), P3._field_defaults, P3(1, 2, 3))
R = namedtuple("R", ["def", "x", "x2", "_private"], rename=True)
print(R._fields)
for bad in [lambda: namedtuple("Bad", ["def"]), lambda: namedtuple("Bad", ["x", "x"]), lambda: namedtuple("Bad", ["_x"]), lambda: Point(1), lambda: Point(1, 2, 3), lambda: p._replace(z=1), lambda: setattr(p, "x", 5)]:
    try:
        print(bad())
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    def badge(self):
        return f"{self.name}@{self.dept}"
e = Employee("ann")
print(e, e.badge(), Employee._fields, Employee.__annotations__, e._replace(dept="ops"))
x, y = p
print(x, y, *p, dict(zip(p._fields, p)))
print(Point(x=5, y=6), Point(*range(2)), p.count(1), p.index(2))
