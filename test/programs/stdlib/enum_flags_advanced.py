# enum: member aliases, _missing_, custom __str__/__format__, Flag pseudo-members, IntFlag arithmetic, iteration order
import enum
class Shape(enum.Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
print(list(Shape), Shape.ALIAS_FOR_SQUARE, Shape("circle"), list(Shape.__members__))
try:
    Shape(99)
except ValueError as e:
    print(type(e).__name__, e)
class Color(enum.IntFlag):
    R = 4
    G = 2
    B = 1
print(Color.R | Color.G, Color(7), Color(5) & Color.R, Color.R + 1, int(Color(6)), Color(0), list(Color(7)), Color(6).name)
print(format(Color.R, "d"), f"{Color.G}", str(Color.R | Color.B), repr(Color.R | Color.B), Color.R in Color(6))
class Weekday(enum.Enum):
    MON = 1
    TUE = 2
    def __str__(self):
        return self.name.title()
    def __format__(self, spec):
        return f"<{self.name}:{spec}>"
print(str(Weekday.MON), f"{Weekday.TUE:x}", Weekday.MON.value, Weekday(2))
Animal = enum.Enum("Animal", "CAT DOG")
print(list(Animal), Animal.DOG.value, Animal["CAT"])
class Ordered(enum.Enum):
    B = "b"
    A = "a"
print([m.name for m in Ordered], enum.unique(Ordered) is Ordered)
