# sys.monitoring: the CALL and C_RETURN events of super() in LOAD_SUPER_ATTR (attribute and method
# forms, the bound attribute called without self), a legacy BRANCH callback returning DISABLE (both
# edges of each branch go), and the exit branch of an async for.
import sys

E = sys.monitoring.events
T = 2
MISSING = sys.monitoring.MISSING
sys.monitoring.use_tool_id(T, 'demo')


def name(x):
    return 'MISSING' if x is MISSING else type(x).__name__


class A:
    def method(self):
        return 'A.method'

    value = 'A.value'


class B(A):
    def method(self):
        return super().method()

    def attr(self):
        return super().value

    def rep(self):
        return super().__repr__()[:9]

    def explicit(self):
        return super(B, self).method()


events = []
sys.monitoring.register_callback(T, E.CALL, lambda code, off, fn, arg0: events.append(('call', getattr(fn, '__name__', '?'), name(arg0))))
sys.monitoring.register_callback(T, E.C_RETURN, lambda code, off, fn, arg0: events.append(('C return', getattr(fn, '__name__', '?'), name(arg0))))
b = B()
sys.monitoring.set_events(T, E.CALL)
r = (b.method(), b.attr(), b.rep(), b.explicit())
sys.monitoring.set_events(T, 0)
print(r)
for e in events:
    print(e)

log = []


def branch(code, src, dst):
    log.append((code.co_name, src, dst))
    return sys.monitoring.DISABLE


def gen(cond):
    for i in range(10):
        if cond:
            yield 1
        else:
            yield 2


sys.monitoring.register_callback(T, E.BRANCH, branch)
sys.monitoring.set_events(T, E.BRANCH)
total = sum(gen(1)) + sum(gen(0))
sys.monitoring.set_events(T, 0)
sys.monitoring.register_callback(T, E.BRANCH, None)
print(total, [(n, s < d) for n, s, d in log])

edges = []
sys.monitoring.register_callback(T, E.BRANCH_LEFT, lambda code, s, d: edges.append(('left', code.co_name)))
sys.monitoring.register_callback(T, E.BRANCH_RIGHT, lambda code, s, d: edges.append(('right', code.co_name)))


async def agen():
    yield 2
    yield 3


async def consume():
    out = []
    async for y in agen():
        out.append(y)
    return out


sys.monitoring.set_events(T, E.BRANCH_LEFT | E.BRANCH_RIGHT)
try:
    consume().send(None)
except StopIteration as e:
    result = e.value
sys.monitoring.set_events(T, 0)
print(result, edges)
sys.monitoring.free_tool_id(T)
