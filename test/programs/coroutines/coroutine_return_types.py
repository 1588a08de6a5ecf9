# coroutines returning various values, awaiting other coroutines' results, exceptions carrying through await chains
class Yield:
    def __await__(self):
        yield "tick"
async def value(v):
    await Yield()
    return v
async def gather_seq(*coros):
    out = []
    for c in coros:
        out.append(await c)
    return out
async def failing():
    await Yield()
    raise LookupError("failed inside")
async def guarded():
    try:
        return await failing()
    except LookupError as e:
        return f"guarded: {e}"
def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks
print(run(gather_seq(value(1), value("two"), value([3]), value(None))))
print(run(guarded()))
try:
    run(failing())
except LookupError as e:
    print("unguarded:", repr(e))
async def nested(depth):
    if depth == 0:
        return await value("leaf")
    return f"<{await nested(depth - 1)}>"
print(run(nested(5)))
