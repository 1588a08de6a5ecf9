# exceptions inside generators: StopIteration conversion (PEP 479), propagation, finally
def raises_stop():
    yield 1
    raise StopIteration("explicit")

g = raises_stop()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))

def next_on_empty():
    yield next(iter([]))
try:
    list(next_on_empty())
except RuntimeError as e:
    print(type(e).__name__, e)

def propagates():
    yield 1
    raise ValueError("from generator")
try:
    for x in propagates():
        print("got", x)
except ValueError as e:
    print("caught", e)

def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup")
for x in with_finally():
    print("first only", x)
    break
print("after break")

def dead_after_exception():
    yield 1
    raise KeyError("k")
d = dead_after_exception()
next(d)
try:
    next(d)
except KeyError:
    pass
print(list(d))

def try_in_gen():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield f"handled {e}"
print(list(try_in_gen()))


class Res:
    def __enter__(self):
        print("  enter")
        return self
    def __exit__(self, *a):
        print("  exit", a[0].__name__ if a[0] else None)
def with_in_gen():
    with Res():
        yield "inside with"
w = with_in_gen()
print(next(w))
w.close()
stop_val = StopIteration(42)
def returns_stopiteration():
    return stop_val
    yield
try:
    next(returns_stopiteration())
except StopIteration as e:
    print("value is the StopIteration instance:", e.value is stop_val)
