# return values of generators: StopIteration.value, yield from results, and in comprehensions
def averager(items):
    total = 0
    for i, x in enumerate(items, 1):
        total += x
        yield total / i
    return total
def delegate(items):
    total = yield from averager(items)
    yield f"total was {total}"
print(list(delegate([2, 4, 6])))
def gen_return_none():
    yield 1
g = gen_return_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e.value), e.args)
def gen_return_tuple():
    yield
    return (1, 2)
g = gen_return_tuple()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)
def gen_return_exception():
    yield
    return ValueError("not raised, returned")
g = gen_return_exception()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e.value))
def outer():
    results = []
    for sub in ([1, 2], [3]):
        r = yield from averager(sub)
        results.append(r)
    return results
o = outer()
print(list(o))
o2 = outer()
try:
    while True:
        next(o2)
except StopIteration as e:
    print("outer returned", e.value)
