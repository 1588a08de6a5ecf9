# globals(): identity with the module dict, modification, module attributes
g = globals()
print(g is globals(), type(g).__name__, g["__name__"], "__builtins__" in g, g["__doc__"])
g["created"] = 123
print(created)
import sys
print(sys.modules[__name__].__dict__ is g, sys.modules["__main__"].created)
def f():
    return globals() is g
print(f())
x = 1
del g["x"]
try:
    x
except NameError as e:
    print(type(e).__name__, e)
print(sorted(k for k in g if k.startswith("__") and k.endswith("__")))
try:
    globals(1)
except TypeError as e:
    print(type(e).__name__, e)
print(__file__.endswith("globals_builtin.py"), __spec__, __package__, __loader__.__class__.__name__ if __loader__ else None)
