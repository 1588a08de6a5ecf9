# class patterns with inheritance, __match_args__ inheritance/override, and positional patterns on builtins subclasses
class Shape:
    __match_args__ = ("name",)
    def __init__(self, name):
        self.name = name
class Circle(Shape):
    __match_args__ = ("name", "r")
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side
def describe(s):
    match s:
        case Circle(_, r) if r > 10:
            return f"big circle {r}"
        case Circle(name, r):
            return f"{name} r={r}"
        case Square(name, side=side):
            return f"{name} side={side}"
        case Shape(name):
            return f"generic {name}"
        case _:
            return "not a shape"
for s in [Circle(20), Circle(2), Square(3), Shape("blob"), "x"]:
    print(describe(s))
class MyInt(int):
    pass
class MyStr(str):
    pass
match MyInt(5):
    case int(v):
        print("int subclass self-match", v, type(v).__name__)
match MyStr("abc"):
    case str(s) if s.startswith("a"):
        print("str subclass self-match", s)
