# aiter() and anext() builtins with async iterators driven by hand, including defaults and errors
class Counter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"
c = Counter(2)
it = aiter(c)
print(it is c, run(anext(it)), run(anext(it)), run(anext(it)), run(anext(it, "default")))
for bad in [lambda: aiter(1), lambda: anext(1), lambda: aiter([]), lambda: anext(Counter(1), 1, 2)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
async def agen():
    yield "x"
g = agen()
print(run(anext(g)), run(anext(g, "done")), type(anext(agen())).__name__ if False else "skip")
