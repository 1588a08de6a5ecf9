# match: literal, capture, wildcard, value patterns, guards
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2

def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case None:
            return "None"
        case True:
            return "True"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2 + 3j:
            return "complex"
        case Color.RED:
            return "red"
        case n if isinstance(n, int) and n > 100:
            return f"big {n}"
        case _:
            return f"other {x!r}"

for v in [0, 2, "hello", b"bytes", None, True, False, -1, 1.5, 2 + 3j, Color.RED, Color.GREEN, 1000, 50, "x", 1.0, 3.0]:
    print(repr(v), "->", describe(v))

def capture(x):
    match x:
        case value:
            return value, "captured"
print(capture(42))

def guard_order(x):
    match x:
        case n if n < 0:
            return "negative"
        case n if n == 0:
            return "zero"
        case n:
            return f"positive, n={n}"
print([guard_order(i) for i in (-5, 0, 5)])
def no_match(x):
    match x:
        case 1:
            return "one"
    return "fell through"
print(no_match(2))
match 5:
    case 5:
        print("module level match")
print(n if False else "captures leak into the scope:", [capture(1)])
def leak():
    match (1, 2):
        case (a, b):
            pass
    return a, b
print(leak())
