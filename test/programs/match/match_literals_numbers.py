# numeric literal patterns: int/float/complex equality semantics, negative literals, booleans are identity-matched
def m(x):
    match x:
        case -1:
            return "minus one"
        case 0.5:
            return "half"
        case 1j:
            return "i"
        case -1 - 1j:
            return "minus one minus i"
        case 3:
            return "three"
        case _:
            return "other"
for v in [-1, -1.0, 0.5, 1 / 2, 1j, complex(0, 1), -1 - 1j, 3, 3.0, True, 2 + 1, "3"]:
    print(repr(v), m(v))
def b(x):
    match x:
        case True:
            return "True"
        case False:
            return "False"
        case 1:
            return "one"
        case 0:
            return "zero"
print([b(v) for v in (True, 1, 1.0, False, 0, 0.0)])
