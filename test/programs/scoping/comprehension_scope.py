# comprehension scopes (PEP 709 inlined comprehensions): LOAD_FAST_AND_CLEAR, iteration variables don't leak
i = "global i"
squares = [i * i for i in range(5)]
print(squares, i)

def f():
    x = "outer x"
    vals = [x for x in "abc"]
    return vals, x

print(f())

def g():
    data = [1, 2, 3]
    return {k: [k * m for m in data] for k in data}

print(g())

def h():
    fns = [lambda: k for k in range(3)]
    return [fn() for fn in fns]

print(h())

def nested():
    return [[(a, b) for b in range(a)] for a in range(4)]

print(nested())

def walrus():
    total = 0
    partials = [total := total + v for v in range(5)]
    return partials, total

print(walrus())

def walrus_last():
    if any((hit := n) > 3 for n in [1, 5, 2]):
        return hit
    return None

print(walrus_last())

gen = (a for a in range(3))
print(list(gen), list(gen))

def first_iter_evaluated_outside():
    r = [1, 2]
    g = (r for _ in r)
    r = None
    return list(g)

print(first_iter_evaluated_outside())

def set_dict():
    s = {c.upper() for c in "hello"}
    d = {c: n for n, c in enumerate("abc")}
    return sorted(s), d

print(set_dict())

def uses_cell():
    y = 10
    res = [y + z for z in range(3)]
    def get():
        return y
    return res, get()

print(uses_cell())

x = 7
print([x for _ in range(2)], [(lambda: x)() for x in range(2)])
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
