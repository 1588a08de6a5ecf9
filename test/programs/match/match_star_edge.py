# sequence pattern edge cases: star positions, strings excluded, tuples vs lists, nested stars, length checks
def classify(s):
    match s:
        case ():
            return "empty"
        case (x,):
            return f"singleton {x!r}"
        case (x, y, *rest) if not rest:
            return f"pair {x!r},{y!r}"
        case (*head, last) if len(head) > 3:
            return f"long, last={last!r}"
        case (first, *mid, last):
            return f"first={first!r} mid={mid!r} last={last!r}"
for v in [[], (), [1], "a", [1, 2], (1, 2, 3), [1, 2, 3, 4, 5], range(4), b"ab", bytearray(b"a"), [[1, 2]], ([],)]:
    print(repr(v), "->", classify(v))
match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print("deep", a, b, c, d)
match (1, 2, 3):
    case [1, *rest]:
        print("list pattern matches tuple", rest, type(rest).__name__)
match [1, 2, 3]:
    case (1, *rest):
        print("tuple pattern matches list", rest)
match {"a": [1, 2, 3]}:
    case {"a": [*_, 3]}:
        print("star wildcard inside mapping value")
