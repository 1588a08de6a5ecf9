# exec/eval with separate globals and locals: class-like scoping, closures inside exec, name lookups
g = {"x": "global x"}
l = {"x": "local x"}
exec("y = x\ndef f():\n    return x\nz = f()", g, l)
print(l["y"], l["z"], sorted(l))
code = """
def outer():
    v = 1
    def inner():
        return v + 1
    return inner()
result = outer()
"""
ns = {}
exec(code, ns)
print(ns["result"])
l2 = {}
exec("a = 1\nb = [a * i for i in range(3)]", {}, l2)
print(l2)
try:
    exec("a = 1\nb = [a for _ in range(1)]\nc = (lambda: a)()", {}, {})
except NameError as e:
    print(type(e).__name__, e)
def in_function():
    local_var = 5
    return eval("local_var * 2"), eval("[local_var for _ in range(2)]")
print(in_function())
def exec_no_effect():
    q = 1
    exec("q = 2")
    return q, locals()["q"]
print(exec_no_effect())
print(eval("__builtins__ is not None"), eval("len", {"__builtins__": {"len": "fake"}}))
print(eval("x", {"x": 1}, {"x": 2}), eval("globals()['x']", {"x": 1}, {"x": 2}))
