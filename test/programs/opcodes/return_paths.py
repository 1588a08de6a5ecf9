# RETURN_VALUE / implicit None returns / returns inside with, try, loops and generators (RETURN_GENERATOR)
def implicit():
    x = 1
def explicit_none():
    return
def from_loop(items):
    for i in items:
        if i > 2:
            return i
def from_with():
    class CM:
        def __enter__(self):
            return "entered"
        def __exit__(self, *a):
            print("  exit runs after return value computed")
    with CM() as v:
        return v + "!"
def from_nested_try():
    try:
        try:
            return "inner"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
def gen_return():
    yield 1
    return "gen value"
print(implicit(), explicit_none(), from_loop([1, 5, 9]), from_loop([]), from_with(), from_nested_try())
g = gen_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(e.value)
async def coro_return():
    return "coro value"
c = coro_return()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
