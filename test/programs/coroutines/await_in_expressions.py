# await inside expressions: arithmetic, f-strings, comprehensions, conditions, call arguments and returns
class Val:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield ("awaiting", self.v)
        return self.v
async def main():
    a = await Val(2) + await Val(3)
    s = f"{await Val('x')}-{await Val('y')}"
    lst = [await Val(i) for i in range(3)]
    cond = "big" if await Val(10) > 5 else "small"
    args = max(await Val(4), await Val(9))
    d = {await Val("k"): await Val("v")}
    return a, s, lst, cond, args, d
coro = main()
requests = []
try:
    req = coro.send(None)
    while True:
        requests.append(req[1])
        req = coro.send(None)
except StopIteration as e:
    print(e.value)
print(requests)
