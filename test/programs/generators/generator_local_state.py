# generator frames keep locals, closures and try/finally across suspensions; gi_frame.f_locals snapshots
def stateful(n):
    acc = []
    for i in range(n):
        acc.append(i * i)
        received = yield list(acc)
        if received:
            acc.clear()
    return acc
g = stateful(4)
print(next(g), next(g), g.send(True), next(g))
print(sorted(g.gi_frame.f_locals))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
def counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
    while True:
        bump()
        yield count
c = counter()
print([next(c) for _ in range(5)])
def nested_try():
    try:
        try:
            yield "inner try"
        finally:
            yield "inner finally"
        yield "between"
    finally:
        yield "outer finally"
print(list(nested_try()))
gen = nested_try()
print(next(gen))
try:
    gen.close()
except RuntimeError as e:
    print(type(e).__name__, e)
# Run it to its end (its finally block re-raises the GeneratorExit it was handling): left suspended,
# it would be finalized at exit, and that report shows its address.
try:
    print(list(gen))
except GeneratorExit:
    print("GeneratorExit re-raised after the finally block")
def exc_state():
    try:
        raise KeyError("saved")
    except KeyError:
        yield "in except"
        import sys
        yield repr(sys.exception())
e = exc_state()
print(next(e), next(e))
