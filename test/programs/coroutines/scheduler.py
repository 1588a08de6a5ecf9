# a tiny cooperative scheduler for hand-driven coroutines with sleep and message passing
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield ("sleep", self.ticks)
class Recv:
    def __await__(self):
        msg = yield ("recv",)
        return msg
class Scheduler:
    def __init__(self):
        self.time = 0
        self.ready = []
        self.sleeping = []
        self.waiting = {}
        self.mailboxes = {}
    def spawn(self, name, coro):
        self.ready.append((name, coro, None))
        self.mailboxes[name] = []
    def send(self, name, msg):
        self.mailboxes[name].append(msg)
        if name in self.waiting:
            coro = self.waiting.pop(name)
            self.ready.append((name, coro, self.mailboxes[name].pop(0)))
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda t: t[0])
                wake, name, coro = self.sleeping.pop(0)
                self.time = wake
                self.ready.append((name, coro, None))
            name, coro, value = self.ready.pop(0)
            try:
                req = coro.send(value)
            except StopIteration as e:
                print(f"t={self.time} {name} finished -> {e.value!r}")
                continue
            if req[0] == "sleep":
                self.sleeping.append((self.time + req[1], name, coro))
            elif req[0] == "recv":
                if self.mailboxes[name]:
                    self.ready.append((name, coro, self.mailboxes[name].pop(0)))
                else:
                    self.waiting[name] = coro
sched = Scheduler()
async def worker(name, delay, n):
    for i in range(n):
        await Sleep(delay)
        print(f"t={sched.time} {name} step {i}")
    sched.send("collector", (name, n))
    return n
async def collector(expected):
    got = []
    while len(got) < expected:
        got.append(await Recv())
        print(f"t={sched.time} collector got {got[-1]}")
    return sorted(got)
sched.spawn("collector", collector(2))
sched.spawn("fast", worker("fast", 1, 3))
sched.spawn("slow", worker("slow", 2, 2))
sched.run()
