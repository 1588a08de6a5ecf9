# match: an interpreter for a tiny expression language
def evaluate(node, env):
    match node:
        case int(n) | float(n):
            return n
        case str(name):
            return env[name]
        case ("+", left, right):
            return evaluate(left, env) + evaluate(right, env)
        case ("*", left, right):
            return evaluate(left, env) * evaluate(right, env)
        case ("-", operand):
            return -evaluate(operand, env)
        case ("let", str(name), value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case ("if", cond, then, else_):
            return evaluate(then if evaluate(cond, env) else else_, env)
        case ("call", fn, *args):
            return evaluate(fn, env)(*[evaluate(a, env) for a in args])
        case {"op": op, "args": [*args]}:
            return evaluate((op, *args), env)
        case _:
            raise ValueError(f"bad node: {node!r}")

env = {"x": 3, "max": max}
programs = [
    42,
    "x",
    ("+", 1, ("*", "x", 4)),
    ("let", "y", 10, ("+", "y", "x")),
    ("if", 0, 1, ("-", 5)),
    ("call", "max", 1, 9, "x"),
    {"op": "+", "args": [2, 2]},
    ("unknown",),
]
for p in programs:
    try:
        print(p, "=>", evaluate(p, env))
    except ValueError as e:
        print(type(e).__name__, e)

def command(text):
    match text.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["pick", "up", *items] if items:
            return f"picking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb!r}"
        case []:
            return "say something"
for t in ["go north", "go up", "pick up sword shield", "pick up", "exit", "", "dance wildly"]:
    print(repr(t), "->", command(t))
