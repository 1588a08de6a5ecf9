# match: or-patterns, as-patterns, binding rules, and syntax errors
def f(x):
    match x:
        case (1 | 2) as small:
            return f"small {small}"
        case [("a" | "b") as letter, (int() | float()) as num]:
            return f"letter {letter} num {num}"
        case {"k": [*_] as lst} | {"key": [*_] as lst}:
            return f"list under k/key: {lst}"
        case (str() | bytes()) as text if len(text) > 3:
            return f"long text {text!r}"
        case _:
            return "other"
for v in [1, 2, 3, ["a", 1], ["b", 2.5], ["c", 1], {"k": [1, 2]}, {"key": []}, "hello", b"hi", b"hello"]:
    print(repr(v), "->", f(v))

errors = [
    "match x:\n    case a | b: pass\n",
    "match x:\n    case [a, a]: pass\n",
    "match x:\n    case a:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case 1 | a: pass\n",
    "match x:\n    case {**r, 'k': 1}: pass\n",
    "match x:\n    case [*a, *b]: pass\n",
    "match x:\n    case _ as _: pass\n",
    "match x:\n    case f(): pass\n" ,
    "match x:\n    case 1 + 1: pass\n",
    "match x:\n    case -1j: pass\n",
    "match x:\n    case (a as b) as a: pass\n",
]
for src in errors:
    try:
        compile(src, "<m>", "exec")
        print("ok:", src.split("case ")[1].split(":")[0])
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
match = "match is a soft keyword"
case = 5
print(match, case)
match [match, case]:
    case [str(), int()]:
        print("soft keywords as names work")
