# 'opcode' events (f_trace_opcodes), with statements, comprehensions, lambdas and class bodies.
import sys, dis

class Ctx:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        return False

def body():
    with Ctx() as c:
        d = {k: k * c for k in range(2)}
    f = lambda v: v + 1
    class Local:
        attr = f(1)
    return d, Local.attr

ops = {}
for code in [body.__code__]:
    for ins in dis.get_instructions(code):
        ops[(code.co_name, ins.offset)] = ins.opname

def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    if event == 'line' and frame.f_code is body.__code__ and not frame.f_trace_opcodes:
        frame.f_trace_opcodes = True
    if event == 'opcode':
        print('opcode', ops.get((frame.f_code.co_name, frame.f_lasti)), frame.f_lineno)
    else:
        print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer

sys.settrace(tracer)
result = body()
sys.settrace(None)
print(result)
