# closures introspected: __closure__ cells, cell_contents after mutation, shared cells between closures
def make():
    a = 1
    b = [2]
    def f():
        return a, b
    def g():
        nonlocal a
        a += 10
        return a
    return f, g
f, g = make()
print(f.__code__.co_freevars, [c.cell_contents for c in f.__closure__])
g()
print([c.cell_contents for c in f.__closure__], f())
print(f.__closure__[0] is g.__closure__[0], g.__code__.co_freevars)
f.__closure__[1].cell_contents.append(3)
print(f())
f.__closure__[0].cell_contents = "set via cell"
print(f(), g.__closure__[0].cell_contents)
def no_closure():
    return 1
print(no_closure.__closure__, make.__code__.co_cellvars)
import types
cell = types.CellType("standalone")
fn = types.FunctionType(f.__code__, globals(), "rebuilt", None, (cell, types.CellType([0])))
print(fn(), fn.__name__)
