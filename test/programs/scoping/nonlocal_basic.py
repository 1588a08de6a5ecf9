# nonlocal: LOAD_DEREF / STORE_DEREF / DELETE_DEREF, MAKE_CELL, COPY_FREE_VARS
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter()
print(inc(), inc(), inc(10), get())

def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x += 1
            return x
        return inner
    f = middle()
    f(); f()
    return x

print(outer())

def deleter():
    v = "value"
    def show():
        return v
    print(show())
    del v
    try:
        show()
    except NameError as e:
        print(type(e).__name__, e)
    v = "again"
    print(show())

deleter()

def nonlocal_delete():
    y = 5
    def kill():
        nonlocal y
        del y
    kill()
    try:
        print(y)
    except NameError as e:
        print(type(e).__name__, e)

nonlocal_delete()

def closures_in_loop():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]

print(closures_in_loop())

def closures_default():
    return [(lambda i=i: i)() for i in range(3)]

print(closures_default())

def cell_contents():
    a = 1
    def f():
        return a
    return f

fn = cell_contents()
print(fn.__code__.co_freevars, fn.__closure__[0].cell_contents)
print(cell_contents.__code__.co_cellvars)
