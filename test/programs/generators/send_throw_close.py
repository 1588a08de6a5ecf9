# generator protocol by hand: send, throw, close, return values
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            print("  got", x)
            received.append(x)
    except GeneratorExit:
        print("  GeneratorExit, received", received)
        raise
    finally:
        print("  finally")

g = echo()
print(next(g))
print(g.send("a"))
print(g.send("b"))
g.close()
g.close()
try:
    next(g)
except StopIteration as e:
    print("StopIteration after close", e.value)

g2 = echo()
try:
    g2.send("not started")
except TypeError as e:
    print(type(e).__name__, e)
print(g2.send(None))

def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("  caught", repr(e))
            yield "recovered"

c = catcher()
print(next(c))
print(c.throw(ValueError("boom")))
print(next(c))
try:
    c.throw(KeyError("not caught"))
except KeyError as e:
    print("propagated", repr(e))
print(c.gi_frame, c.gi_running)
try:
    next(c)
except StopIteration:
    print("exhausted after throw")

def returns():
    yield 1
    return "the result"
r = returns()
next(r)
try:
    next(r)
except StopIteration as e:
    print("return value:", e.value, e.args)

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "bad"
ig = ignores_exit()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def close_returns():
    try:
        yield
    except GeneratorExit:
        return "value from close"
cr = close_returns()
next(cr)
print("close() ->", cr.close())

fresh = echo()
fresh.close()
print("closing unstarted runs nothing")
t = echo()
try:
    t.throw(ValueError("into unstarted"))
except ValueError as e:
    print("unstarted throw raises immediately:", e)
import warnings
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    t2 = catcher()
    next(t2)
    print(t2.throw(ValueError, ValueError("old-style 2-arg")))
