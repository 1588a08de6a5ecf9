# a chain of awaits through many coroutines with values flowing both ways
class Request:
    def __init__(self, what):
        self.what = what
    def __await__(self):
        answer = yield self.what
        return answer

async def fetch(key):
    value = await Request(("get", key))
    return value

async def compute(keys):
    results = []
    for k in keys:
        results.append(await fetch(k))
    total = await Request(("sum", results))
    return total

store = {"a": 1, "b": 2, "c": 3}
coro = compute(["a", "b", "c"])
msg = coro.send(None)
while True:
    print("request:", msg)
    if msg[0] == "get":
        reply = store[msg[1]]
    else:
        reply = sum(msg[1])
    try:
        msg = coro.send(reply)
    except StopIteration as e:
        print("result:", e.value)
        break

async def failing():
    await Request("will fail")
    raise ValueError("after resume")
f = failing()
print(f.send(None))
try:
    f.send("x")
except ValueError as e:
    print("raised through send:", e)

async def handles_throw():
    try:
        await Request("waiting")
    except KeyError as e:
        return f"handled {e!r}"
h = handles_throw()
h.send(None)
try:
    h.throw(KeyError("injected"))
except StopIteration as e:
    print(e.value)
