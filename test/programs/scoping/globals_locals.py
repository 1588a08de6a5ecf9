# globals(), locals(), vars() and their live/snapshot behaviour (PEP 667 in 3.13+)
g = 1
print(globals()['g'])
globals()['injected'] = "from globals()"
print(injected)

def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())

print(f(1))

def snapshot():
    x = 1
    snap = locals()
    x = 2
    return snap['x'], x

print(snapshot())

def write_locals():
    y = 1
    locals()['y'] = 99
    return y

print(write_locals())

def with_cell():
    z = 5
    def inner():
        return z
    return sorted(locals())

print(with_cell())

def free_in_locals():
    w = 3
    def inner():
        w
        return sorted(locals().items())
    return inner()

print(free_in_locals())

class K:
    p = 1
    q = p + 1
    snapshot = sorted(k for k in locals() if not k.startswith('_'))

print(K.snapshot)
print(vars(K)['q'], sorted(k for k in vars(K) if not k.startswith('_')))

class Obj:
    def __init__(self):
        self.a = 1
        self.b = 2

o = Obj()
print(vars(o))
vars(o)['c'] = 3
print(o.c)
try:
    vars(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(locals() is globals())
