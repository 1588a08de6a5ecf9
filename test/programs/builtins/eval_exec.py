# eval() and exec(): globals/locals handling, builtins injection, return values
print(eval("1 + 2"), eval("x * 2", {"x": 21}), eval("x + y", {"x": 1}, {"y": 2}))
g = {}
print(exec("a = 5", g), g["a"], "__builtins__" in g)
l = {}
exec("b = 6\nc = b + 1", {}, l)
print(sorted(l.items()))
print(eval("len('abc')", {"__builtins__": {"len": len}}))
try:
    eval("abs(-1)", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
def f():
    x = 10
    return eval("x + 1"), eval("[x for _ in range(2)]")
print(f())
def g2():
    y = 1
    exec("y = 2")
    return y
print(g2())
def h():
    exec("z = 3")
    return locals().get("z", "not visible")
print(h())
print(eval(" 1 + 1 "), eval("\t2"), eval("3\n"), eval(b"4"), eval(compile("5", "s", "eval")))
for src, args in [("1 +", ()), ("x", ()), ("import os", ()), ("1", ({}, {}, {})), ("1", ([],)), ("1", ({}, []))]:
    try:
        print(eval(src, *args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    exec("return 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec()
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec(5)
except TypeError as e:
    print(type(e).__name__, e)
class Mapping(dict):
    def __getitem__(self, k):
        return f"<{k}>"
    def __missing__(self, k):
        return f"missing {k}"
print(eval("foo + bar", {}, Mapping()))
ns = {"__name__": "custom"}
exec("def fn(): return __name__", ns)
print(ns["fn"](), ns["fn"].__module__)
print(eval("__name__"), eval("(lambda: __name__)()", {"__name__": "lam"}))
exec("print('printed from exec', 1 + 1)")
print(eval("...", {}), eval("[*range(3)]"), eval("{**{'a': 1}}"))
