# GET_AWAITABLE / SEND / END_SEND / CLEANUP_THROW / YIELD_VALUE via awaits on different awaitable kinds
import types
class Awaitable:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        got = yield f"suspend {self.value}"
        return (self.value, got)
@types.coroutine
def gen_based(v):
    got = yield f"gen-based {v}"
    return got
async def coro(v):
    return await Awaitable(v)
async def main():
    a = await Awaitable(1)
    b = await gen_based(2)
    c = await coro(3)
    try:
        await Awaitable("throw-target")
    except KeyError as e:
        d = f"caught {e!r}"
    return a, b, c, d
m = main()
print(m.send(None))
print(m.send("to-1"))
print(m.send("to-2"))
print(m.send("to-3"))
try:
    m.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
