import sys

def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if event == 'return' or event == 'exception':
        print(event, name, frame.f_lineno, arg if event == 'return' else arg[0].__name__)
    else:
        print(event, name, frame.f_lineno)
    return tracer

def f(n):
    total = 0
    for i in range(n):
        total += i
    return total

def g():
    yield 1
    yield 2

def h():
    try:
        raise ValueError('x')
    except ValueError:
        pass
    return [x * 2 for x in range(2)]

sys.settrace(tracer)
f(2)
list(g())
h()
sys.settrace(None)
print('done', sys.gettrace())
