# recursive generators (yield from chains) near the limit and RecursionError inside a generator chain
def nest(n):
    if n == 0:
        yield "bottom"
    else:
        yield from nest(n - 1)
print(list(nest(400)))
def runaway(n):
    yield from runaway(n + 1)
try:
    next(runaway(0))
except RecursionError as e:
    print(type(e).__name__, e)
print("recovered", sum(1 for _ in nest(10)))
