# sys.settrace's 'exception' events at the end of a delegation: the StopIteration of a generator
# or coroutine awaited (END_SEND), of an async iterator step (SEND of a non-generator), and of a
# generator driven by yield from, with sys.monitoring's STOP_ITERATION and RAISE events behind them.
import sys

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        rec = (frame.f_code.co_name, event, frame.f_lineno - frame.f_code.co_firstlineno)
        if event == 'exception':
            rec += (arg[0].__name__, arg[1].value if isinstance(arg[1], StopIteration) else None)
        events.append(rec)
    return tracer


async def arange(n):
    for i in range(n):
        yield i


async def leaf():
    return 7


async def consume():
    total = 0
    async for i in arange(2):
        total += i
    total += await leaf()
    return total


def sub():
    yield 1
    return 'sub done'


def delegate():
    r = yield from sub()
    return r


def run():
    c = consume()
    try:
        c.send(None)
    except StopIteration as e:
        print('consume', e.value)
    print(list(delegate()))


sys.settrace(tracer)
run()
sys.settrace(None)
for e in events:
    print(e)

T = 3
seen = []
sys.monitoring.use_tool_id(T, 'stops')
sys.monitoring.register_callback(T, sys.monitoring.events.STOP_ITERATION, lambda code, off, exc: seen.append(('stop', code.co_name, exc.value)))
sys.monitoring.register_callback(T, sys.monitoring.events.RAISE, lambda code, off, exc: seen.append(('raise', code.co_name, type(exc).__name__)))
sys.monitoring.set_events(T, sys.monitoring.events.STOP_ITERATION | sys.monitoring.events.RAISE)
run()
sys.monitoring.set_events(T, 0)
sys.monitoring.free_tool_id(T)
for s in seen:
    print(s)
