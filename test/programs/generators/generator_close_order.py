# close() on nested delegating generators and finally order; throw() into yield from chains
def level(n, log):
    try:
        if n == 0:
            yield "bottom"
        else:
            yield from level(n - 1, log)
    finally:
        log.append(f"finally {n}")

log = []
g = level(3, log)
print(next(g))
g.close()
print(log)

log2 = []
g = level(2, log2)
next(g)
try:
    g.throw(ValueError("into chain"))
except ValueError as e:
    print("propagated:", e)
print(log2)

def swallow():
    try:
        yield 1
    except ValueError:
        print("  bottom swallowed")
    yield 2
def middle():
    r = yield from swallow()
    yield "middle after"
m = middle()
print(next(m))
print(m.throw(ValueError()))
print(next(m))

def gen_exit_in_middle():
    try:
        yield from swallow()
    except GeneratorExit:
        print("  middle sees GeneratorExit")
        raise
gm = gen_exit_in_middle()
next(gm)
gm.close()
print("closed")
def throw_stopiteration():
    yield 1
t = throw_stopiteration()
next(t)
try:
    t.throw(StopIteration("injected"))
except RuntimeError as e:
    print(type(e).__name__, e)
