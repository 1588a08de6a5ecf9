# closures created inside comprehensions capture per-iteration cells only via default args; generator capture timing
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])
def make():
    return [(lambda: x * 10) for x in range(3)]
print([f() for f in make()])
gens = [(x * y for y in range(2)) for x in range(3)]
print([list(g) for g in gens])
adders = {n: (lambda v, n=n: v + n) for n in range(3)}
print({k: f(100) for k, f in adders.items()})
def outer():
    base = 1
    fs = [lambda: base + k for k in range(2)]
    base = 100
    return [f() for f in fs]
print(outer())
