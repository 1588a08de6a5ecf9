# an uncaught exception raised inside a coroutine driven by send(None)
class Pause:
    def __await__(self):
        yield
async def job(items):
    total = 0
    for it in items:
        await Pause()
        total += 100 // it
    return total
c = job([5, 2, 0])
while True:
    c.send(None)
