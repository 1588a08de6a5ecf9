# enum: Enum, IntEnum, Flag, auto, iteration, lookup, aliases, unique
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.RED.name, Color.RED.value, type(Color.RED).__name__, isinstance(Color.RED, Color), Color.RED == 1, Color.__members__.keys())
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color["PURPLE"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
class Num(enum.IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO == 2, sorted([Num.TWO, Num.ONE]), int(Num.TWO), f"{Num.ONE}", str(Num.ONE), repr(Num.ONE))
class Perm(enum.Flag):
    R = enum.auto()
    W = enum.auto()
    X = enum.auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), rw & Perm.W, ~Perm.R, Perm(0), Perm.R.value, Perm.X.value)
class Auto(enum.Enum):
    A = enum.auto()
    B = enum.auto()
print([m.value for m in Auto], Auto.A < Auto.B if False else "no ordering")
try:
    Auto.A < Auto.B
except TypeError as e:
    print(type(e).__name__, e)
try:
    @enum.unique
    class Dup(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)
class Planet(enum.Enum):
    EARTH = (5.97e24, 6.371e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def density_ratio(self):
        return self.mass / self.radius ** 3
print(Planet.EARTH.mass, Planet.EARTH.value, round(Planet.EARTH.density_ratio / 1e4, 3))
class S(enum.StrEnum):
    A = "alpha"
    B = enum.auto()
print(S.A, S.B, S.A.upper(), S.A == "alpha", list(S))
print(Color.RED._name_, hash(Color.RED) == hash(Color.RED), {Color.RED: "r"}[Color.CRIMSON])
