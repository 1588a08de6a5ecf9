# async with / contextlib.asynccontextmanager driven by hand (no asyncio)
import contextlib
class Tick:
    def __await__(self):
        yield
@contextlib.asynccontextmanager
async def session(name, log):
    log.append(f"open {name}")
    await Tick()
    try:
        yield name.upper()
    finally:
        await Tick()
        log.append(f"close {name}")
async def main(log):
    async with session("a", log) as a, session("b", log) as b:
        log.append(f"using {a} {b}")
    try:
        async with session("c", log):
            raise KeyError("inside")
    except KeyError as e:
        log.append(f"caught {e}")
    async with contextlib.AsyncExitStack() as stack:
        for n in "xy":
            await stack.enter_async_context(session(n, log))
        log.append("stack body")
    return len(log)
def run(coro):
    steps = 0
    while True:
        try:
            coro.send(None)
            steps += 1
        except StopIteration as e:
            return e.value, steps
log = []
print(run(main(log)))
print(log)
