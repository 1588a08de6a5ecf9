# or-patterns try alternatives left to right; the first alternative that matches binds names; guards apply to the whole case
def m(x):
    match x:
        case (1, y) | (y, 1):
            return f"y={y}"
        case [a, b] | {"a": a, "b": b}:
            return f"a={a} b={b}"
        case str() | bytes() as s if len(s) > 2:
            return f"long text {s!r}"
        case str() | bytes():
            return "short text"
    return "nomatch"
for v in [(1, 5), (5, 1), (1, 1), [7, 8], {"a": 1, "b": 2, "c": 3}, "abcd", b"xy", 3]:
    print(repr(v), m(v))
