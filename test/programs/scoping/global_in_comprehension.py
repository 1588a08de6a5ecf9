# names referenced from comprehensions in various scopes
N = 4

def f():
    return [N * i for i in range(N)]

print(f())

def g():
    global N
    res = [N for _ in range(2)]
    N = 5
    return res, N

print(g(), N)

def h():
    m = 3
    return {i: [m * j for j in range(i)] for i in range(m)}

print(h())

def shadowing():
    i = "outer"
    res = [[i for i in range(2)] for i in "ab"]
    return res, i

print(shadowing())

def generator_closure():
    base = 100
    gen = (base + k for k in range(3))
    base = 200
    return list(gen)

print(generator_closure())

def nested_free():
    a = 1
    def inner():
        return [a + b for b in range(3)]
    return inner()

print(nested_free())

def comprehension_cell():
    return [lambda: i for i in range(3)][0]()

print(comprehension_cell())

class C:
    factor = 2
    values = [1, 2, 3]
    out = list(map(lambda v: v, values))
    first_ok = [v for v in values]

print(C.out, C.first_ok)

def walrus_in_nested_comprehension():
    res = [[(last := x * y) for y in range(3)] for x in range(2)]
    return res, last

print(walrus_in_nested_comprehension())
