# settrace events of generators: 'call' on each resume, 'return' on each yield, yield from, close().
import sys

events = []

def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    events.append((event, frame.f_code.co_name, frame.f_lineno, repr(arg) if event == 'return' else None))
    return tracer

def inner():
    x = yield 1
    yield x

def outer():
    yield 0
    r = yield from inner()
    return r

def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1

sys.settrace(tracer)
g = outer()
next(g)
next(g)
g.send('sent')
g.close()
total = sum(counter(3))
gen = (c * 2 for c in 'ab')
joined = list(gen)
sys.settrace(None)
for e in events:
    print(*e)
print(total, joined)
