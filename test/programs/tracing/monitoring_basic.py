# sys.monitoring: tools, global events, callbacks and their arguments, DISABLE and restart_events.
import sys
mon = sys.monitoring
E = mon.events
TOOL = mon.DEBUGGER_ID

print(mon.get_tool(TOOL))
mon.use_tool_id(TOOL, 'demo')
print(mon.get_tool(TOOL))

def f(x):
    if x > 0:
        return x * 2
    return -x

def g():
    total = 0
    for i in range(3):
        total += f(i)
    return total

code_names = {f.__code__: 'f', g.__code__: 'g'}
log = []

def name(code):
    return code_names.get(code, None)

def on_start(code, offset):
    if name(code): log.append(('PY_START', name(code)))

def on_return(code, offset, value):
    if name(code): log.append(('PY_RETURN', name(code), value))

def on_line(code, line):
    if name(code): log.append(('LINE', name(code), line - code.co_firstlineno))

def on_call(code, offset, callable, arg0):
    if name(code): log.append(('CALL', name(code), getattr(callable, '__name__', repr(callable)), arg0 if arg0 is not mon.MISSING else 'MISSING'))

def on_c_return(code, offset, callable, arg0):
    if name(code): log.append(('C_RETURN', name(code), getattr(callable, '__name__', '?')))

for ev, cb in [(E.PY_START, on_start), (E.PY_RETURN, on_return), (E.LINE, on_line), (E.CALL, on_call), (E.C_RETURN, on_c_return)]:
    print(mon.register_callback(TOOL, ev, cb))
mon.set_events(TOOL, E.PY_START | E.PY_RETURN | E.LINE | E.CALL | E.C_RETURN | E.C_RAISE)
print(mon.get_events(TOOL) == E.PY_START | E.PY_RETURN | E.LINE | E.CALL)
print(g())
mon.set_events(TOOL, 0)
for entry in log:
    print(*entry)

# DISABLE: a LINE callback that disables itself fires once per line.
log.clear()
def once(code, line):
    if name(code):
        log.append(line - code.co_firstlineno)
    return mon.DISABLE
mon.register_callback(TOOL, E.LINE, once)
mon.set_events(TOOL, E.LINE)
g()
g()
print('after disable', log)
mon.restart_events()
log.clear()
g()
print('after restart', log)
mon.set_events(TOOL, 0)

# Errors
for args in [(7, 'x'), (TOOL, 'again')]:
    try:
        mon.use_tool_id(*args)
    except ValueError as e:
        print('ValueError', e)
for bad in [E.C_RETURN, 1 << 25]:
    try:
        mon.set_events(TOOL, bad)
    except ValueError as e:
        print('ValueError', e)
try:
    mon.register_callback(TOOL, E.LINE | E.CALL, print)
except ValueError as e:
    print('ValueError', e)
try:
    mon.set_events(3, E.LINE)
except ValueError as e:
    print('ValueError', e)
mon.register_callback(TOOL, E.PY_UNWIND, lambda *a: mon.DISABLE)
mon.set_events(TOOL, E.PY_UNWIND)
def boom():
    raise OSError('x')
try:
    boom()
except Exception as e:
    print(type(e).__name__, e)
mon.set_events(TOOL, 0)
mon.free_tool_id(TOOL)
print(mon.get_tool(TOOL), mon._all_events())
