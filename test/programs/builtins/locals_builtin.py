# locals() in different scopes (PEP 667 semantics in 3.13+)
def f(a, b=2, *args, **kw):
    c = 3
    return locals()
print(f(1), f(1, 5, 6, x=7))
def g():
    x = 1
    loc = locals()
    x = 2
    loc2 = locals()
    return loc, loc2, loc is loc2
print(g())
class C:
    p = 1
    loc = locals()
    q = 2
print(sorted(k for k in C.loc if not k.startswith("__")))
print(locals() is globals())
def h():
    return [locals() for _ in range(1)]
print(h())
def k():
    y = 5
    return (lambda: locals())()
print(k())
def gen():
    z = 1
    yield locals()
    z = 2
    yield locals()
print(list(gen()))
try:
    locals(1)
except TypeError as e:
    print(type(e).__name__, e)
