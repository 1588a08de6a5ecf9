# generator expressions capture variables lazily except the outermost iterable; class-body generator expressions
x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
items = [1, 2]
h = (i * 2 for i in items)
items = [100]
print(list(h))
def make():
    base = 1
    gen = (base + i for i in range(2))
    base = 1000
    return list(gen)
print(make())
class C:
    data = [1, 2, 3]
    total = sum(v for v in data)
    try:
        pairs = list((a, b) for a in data for b in data if a < b)
    except NameError as e:
        pairs = "NameError: " + str(e)
print(C.total, C.pairs)
