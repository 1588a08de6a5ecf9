# sys.monitoring exception events: RAISE, RERAISE, EXCEPTION_HANDLED, PY_UNWIND, PY_THROW, C_RAISE.
import sys
mon = sys.monitoring
E = mon.events
TOOL = mon.PROFILER_ID
mon.use_tool_id(TOOL, 'exc')
mine = set()
log = []

def record(name):
    def cb(code, offset, *rest):
        if code in mine:
            extra = ['MISSING' if r is mon.MISSING else type(r).__name__ if isinstance(r, BaseException) else getattr(r, '__name__', repr(r)) for r in rest]
            log.append((name, code.co_name, *extra))
    return cb

for ev in ['RAISE', 'RERAISE', 'EXCEPTION_HANDLED', 'PY_UNWIND', 'PY_THROW', 'PY_START', 'PY_RETURN', 'PY_YIELD', 'PY_RESUME', 'CALL', 'C_RETURN', 'C_RAISE']:
    mon.register_callback(TOOL, getattr(E, ev), record(ev))

def inner():
    raise ValueError('v')

def outer():
    try:
        inner()
    except ValueError:
        pass
    try:
        try:
            {}['k']
        finally:
            pass
    except KeyError:
        pass

def gen():
    try:
        yield 1
    except RuntimeError:
        yield 2

for f in (inner, outer, gen):
    mine.add(f.__code__)
mine.add(sys._getframe().f_code)
mon.set_events(TOOL, E.RAISE | E.RERAISE | E.EXCEPTION_HANDLED | E.PY_UNWIND | E.PY_THROW | E.PY_START | E.PY_RETURN | E.PY_YIELD | E.PY_RESUME | E.CALL | E.C_RETURN | E.C_RAISE)
outer()
g = gen()
next(g)
print(g.throw(RuntimeError))
g.close()
mon.set_events(TOOL, 0)
for entry in log:
    print(*entry)
mon.free_tool_id(TOOL)
