# function objects: __name__, __qualname__, __defaults__, __code__, __dict__, __module__, __closure__, __annotations__, __type_params__
def outer(a, b=1, *args, c, d=2, **kw) -> str:
    "outer doc"
    z = 3
    def inner():
        return z
    return inner

print(outer.__name__, outer.__qualname__, outer.__doc__, outer.__module__, outer.__defaults__, outer.__kwdefaults__)
inner = outer(0, c=0)
print(inner.__qualname__, inner.__closure__[0].cell_contents, outer.__closure__, inner.__code__.co_freevars)
code = outer.__code__
print(code.co_name, code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_varnames, code.co_nlocals, code.co_cellvars)
print(outer.__annotations__, type(outer.__globals__).__name__, outer.__globals__ is globals(), outer.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else type(outer.__builtins__).__name__)
outer.custom = "attr"
print(outer.__dict__, outer.custom)
outer.__defaults__ = (100,)
print(outer(0, c=1).__closure__[0].cell_contents, outer.__defaults__)
def g(x=outer.__defaults__):
    return x
print(g())
g.__name__ = "renamed"
g.__qualname__ = "Q.renamed"
print(g.__name__, g.__qualname__, repr(g).split(" at ")[0])
for bad in [lambda: setattr(g, "__name__", 5), lambda: setattr(g, "__defaults__", [1]), lambda: setattr(g, "__code__", 5), lambda: setattr(g, "__kwdefaults__", 1), lambda: delattr(g, "__name__")]:
    try:
        bad()
        print("ok")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
g.__defaults__ = None
try:
    g()
except TypeError as e:
    print(type(e).__name__, e)
def h(): pass
h.__code__ = (lambda: "swapped code").__code__
print(h())
print(type(h).__name__, callable(h), h.__type_params__, h.__doc__)
import types
nf = types.FunctionType((lambda: 42).__code__, {})
print(nf(), nf.__name__)
print(outer.__get__(None, int) is outer, outer.__call__(1, c=2).__name__)
