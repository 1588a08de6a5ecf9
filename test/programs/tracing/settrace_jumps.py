# Setting f_lineno from a trace function: forward and backward jumps, and the errors CPython raises.
import sys

def make_tracer(fn, jumps):
    # jumps: {line offset when seen: target line offset}
    base = fn.__code__.co_firstlineno
    done = set()
    def tracer(frame, event, arg):
        if frame.f_code is not fn.__code__:
            return None
        if event == 'line':
            rel = frame.f_lineno - base
            if rel in jumps and rel not in done:
                done.add(rel)
                try:
                    frame.f_lineno = base + jumps[rel]
                    print('jumped', rel, '->', jumps[rel])
                except ValueError as e:
                    print('ValueError', e)
        elif event in ('call', 'return'):
            for rel in list(jumps):
                if jumps[rel] == event:
                    try:
                        frame.f_lineno = base + 1
                    except ValueError as e:
                        print(event, 'ValueError', e)
                    del jumps[rel]
        return tracer
    return tracer

def run(fn, jumps):
    sys.settrace(make_tracer(fn, jumps))
    try:
        result = fn()
    finally:
        sys.settrace(None)
    print(fn.__name__, '->', result)

def skip_forward():
    out = [1]
    out.append(2)
    out.append(3)
    return out

def go_back():
    out = []
    out.append('a')
    out.append('b')
    return out

def into_loop():
    out = []
    for i in range(2):
        out.append(i)
    return out

def out_of_loop():
    out = []
    for i in range(3):
        out.append(i)
    out.append('after')
    return out

def into_except():
    try:
        x = 1
    except ValueError:
        x = 2
    return x

def beyond():
    return 1

run(skip_forward, {2: 4})
run(go_back, {3: 2})
run(into_loop, {1: 3})
run(out_of_loop, {3: 4})
run(into_except, {2: 4})
run(beyond, {1: 100})
run(beyond, {1: -5})
run(beyond, {0: 'call'})
f = sys._getframe()
try:
    f.f_lineno = 1
except ValueError as e:
    print('ValueError', e)
try:
    f.f_lineno = 'x'
except ValueError as e:
    print('ValueError', e)
