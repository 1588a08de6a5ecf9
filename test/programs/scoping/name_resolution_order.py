# LEGB: local, enclosing, global, builtin; builtins can be shadowed at each level
print(abs(-3))
abs = lambda v: "global abs"
print(abs(-3))

def enclosing():
    abs = lambda v: "enclosing abs"
    def local():
        return abs(-3)
    def local_own():
        abs = lambda v: "local abs"
        return abs(-3)
    return local(), local_own()

print(enclosing())
del abs
print(abs(-3))

import builtins
builtins.my_builtin = "added to builtins"
print(my_builtin)

def sees_builtin():
    return my_builtin

print(sees_builtin())
my_builtin = "global wins"
print(sees_builtin())
del my_builtin
print(sees_builtin())
del builtins.my_builtin
try:
    sees_builtin()
except NameError as e:
    print(type(e).__name__, e)

def make(level):
    name = "level%d" % level
    def get():
        return name
    return get

print([make(i)() for i in range(3)])

x = "global"
def f():
    x = "enclosing"
    def g():
        global x
        return x
    def h():
        return x
    return g(), h()

print(f())

def exec_and_eval():
    ns = {}
    exec("a = 1\nb = a + 1", ns)
    print(ns['b'], '__builtins__' in ns)
    print(eval("a * 10", ns), eval("a + q", ns, {'q': 5}))
    loc = {}
    exec("c = 3", None, loc)
    print(loc)

exec_and_eval()
