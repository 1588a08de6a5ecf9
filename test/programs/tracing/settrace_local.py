# The trace function's return value is the frame's local tracer; None leaves the frame untraced.
# f_trace set directly, f_trace_lines, and the trace function itself is not traced.
import sys

def skip_tracer(frame, event, arg):
    print('skip', event, frame.f_code.co_name, frame.f_lineno)
    return None

def line_counter(frame, event, arg):
    print('local', event, frame.f_code.co_name, frame.f_lineno)
    return line_counter

def global_tracer(frame, event, arg):
    name = frame.f_code.co_name
    print('global', event, name, frame.f_lineno)
    if name == 'quiet':
        return None
    if name == 'nolines':
        frame.f_trace_lines = False
    if name == 'other':
        return line_counter
    return global_tracer

def quiet():
    a = 1
    return a

def nolines():
    a = 1
    b = 2
    return a + b

def other():
    x = 1
    return x

def main():
    quiet()
    nolines()
    other()

sys.settrace(global_tracer)
main()
sys.settrace(None)
print(sys.gettrace())

def here():
    frame = sys._getframe()
    frame.f_trace = line_counter
    sys.settrace(skip_tracer)
    y = 1
    y += 1
    sys.settrace(None)
    return y

here()
print(sys._getframe().f_trace)
