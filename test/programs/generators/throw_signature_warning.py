# the (type, value, traceback) signature of throw() is deprecated: a DeprecationWarning at the caller
import warnings

def gen():
    while True:
        try:
            yield
        except ValueError as e:
            print("gen caught", repr(e))

g = gen()
next(g)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    g.throw(ValueError("one arg"))
    g.throw(ValueError, "two args")
    g.throw(ValueError, ValueError("instance"), None)
    for x in w:
        print(x.category.__name__, x.lineno, x.message)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        g.throw(ValueError, "as error")
    except DeprecationWarning as e:
        print("raised:", e)
print(g.gi_suspended)

async def coro():
    return 1

c = coro()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    try:
        c.throw(KeyError, "k")
    except KeyError as e:
        print("coroutine raised", repr(e))
    print([str(x.message)[:40] for x in w])

g.throw(ValueError, "default filters")
g.close()
