# sys.monitoring JUMP, BRANCH_LEFT/BRANCH_RIGHT, INSTRUCTION and local events on one code object.
import sys, dis
mon = sys.monitoring
E = mon.events
TOOL = mon.COVERAGE_ID
mon.use_tool_id(TOOL, 'branches')

def classify(values):
    out = []
    for v in values:
        if v is None:
            out.append('none')
        elif v % 2:
            out.append('odd')
        else:
            out.append('even')
    while out and out[-1] == 'none':
        out.pop()
    return out

base = classify.__code__.co_firstlineno
def where(code, off):
    for start, end, line in code.co_lines():
        if start <= off < end:
            return line - base
    return None

log = []
def on_jump(code, src, dest):
    log.append(('JUMP', where(code, src), where(code, dest)))
def on_left(code, src, dest):
    log.append(('LEFT', where(code, src), where(code, dest)))
def on_right(code, src, dest):
    log.append(('RIGHT', where(code, src), where(code, dest)))
mon.register_callback(TOOL, E.JUMP, on_jump)
mon.register_callback(TOOL, E.BRANCH_LEFT, on_left)
mon.register_callback(TOOL, E.BRANCH_RIGHT, on_right)
mon.set_local_events(TOOL, classify.__code__, E.JUMP | E.BRANCH_LEFT | E.BRANCH_RIGHT)
print(mon.get_local_events(TOOL, classify.__code__), mon.get_events(TOOL))
print(classify([1, None, 2, None]))
for entry in log:
    print(*entry)
mon.set_local_events(TOOL, classify.__code__, 0)

# INSTRUCTION events follow the instructions dis shows.
def small(a):
    return a + 1
names = {i.offset: i.opname for i in dis.get_instructions(small)}
seen = []
mon.register_callback(TOOL, E.INSTRUCTION, lambda code, off: seen.append(names.get(off, off)) if code is small.__code__ else None)
mon.set_events(TOOL, E.INSTRUCTION)
small(1)
mon.set_events(TOOL, 0)
print(seen)

# BRANCH registers both LEFT and RIGHT.
hits = []
mon.register_callback(TOOL, E.BRANCH, lambda code, src, dest: hits.append(where(code, dest)) if code is classify.__code__ else None)
mon.set_events(TOOL, E.BRANCH)
print(mon.get_events(TOOL) == E.BRANCH_LEFT | E.BRANCH_RIGHT)
classify([3])
mon.set_events(TOOL, 0)
print(hits)
mon.free_tool_id(TOOL)
