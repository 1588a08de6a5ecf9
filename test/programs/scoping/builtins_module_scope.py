# __builtins__ and the builtins module; overriding builtins per module and per function globals
import builtins
print(type(__builtins__).__name__ in ("module", "dict"), builtins.print is print)
original_len = builtins.len
def my_len(x):
    return "patched:" + str(original_len(x))
builtins.len = my_len
print(len([1, 2, 3]))
builtins.len = original_len
print(len([1, 2, 3]))
g = {"__builtins__": {"print": lambda *a: original_print("custom print", *a), "range": range}}
original_print = print
exec("print(list(range(2)) if False else 'x')", g) if False else None
try:
    exec("print(sum(range(3)))", g)
except NameError as e:
    print(type(e).__name__, e)
exec("print('only custom print')", g)
f = eval("lambda: print('from lambda')", g)
f()
print(f.__builtins__ is g["__builtins__"] if hasattr(f, "__builtins__") else "no __builtins__ attr")
import types
fn = types.FunctionType(compile("result = abs(-5)", "<x>", "exec"), {"__builtins__": {"abs": lambda v: "fake abs"}})
print(fn() if False else "skip")
ns = {"__builtins__": {"abs": lambda v: "fake abs"}}
exec("result = abs(-5)", ns)
print(ns["result"])
