# closures: cells shared between closures, late binding, cell rebinding after return
def pair():
    shared = []
    def add(x):
        shared.append(x)
        return len(shared)
    def view():
        return list(shared)
    return add, view

add, view = pair()
add(1); add(2)
print(view())

def late():
    fns = []
    for i in range(3):
        fns.append(lambda: i * 10)
    i = 100
    return [fn() for fn in fns]

print(late())

def adder(n):
    return lambda x: x + n

adders = [adder(k) for k in range(4)]
print([a(10) for a in adders])

def counter_factory():
    state = {'n': 0}
    def tick():
        state['n'] += 1
        return state['n']
    return tick

t1, t2 = counter_factory(), counter_factory()
print(t1(), t1(), t2(), t1())

def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2
    return l1

print(deep()()()())
fn = deep()()()
print(fn.__code__.co_freevars, [c.cell_contents for c in fn.__closure__])

def modify_after():
    x = 1
    def get():
        return x
    x = 2
    return get

print(modify_after()())

def param_cell(p):
    def get():
        return p
    p = p * 2
    return get

print(param_cell(21)())

import types
c = types.CellType(5)
print(c.cell_contents)
c.cell_contents = 6
print(c.cell_contents)
empty = types.CellType()
try:
    empty.cell_contents
except ValueError as e:
    print(type(e).__name__, e)
