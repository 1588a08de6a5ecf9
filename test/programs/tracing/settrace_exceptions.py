# settrace 'exception' events through frames, handlers, re-raise, finally and with.
import sys

def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    if event == 'exception':
        print(event, frame.f_code.co_name, frame.f_lineno, arg[0].__name__, str(arg[1]))
    else:
        shown = type(arg).__name__ if isinstance(arg, CM) else repr(arg)
        print(event, frame.f_code.co_name, frame.f_lineno, shown if event == 'return' else '')
    return tracer

class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return exc[0] is KeyError

def deep(n):
    if n == 0:
        raise KeyError(n)
    return deep(n - 1)

def middle():
    try:
        deep(2)
    finally:
        print('finally')

def top():
    try:
        middle()
    except KeyError as e:
        print('caught', e)
    with CM():
        raise KeyError('in with')
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise
    except ArithmeticError:
        pass
    return 'ok'

sys.settrace(tracer)
top()
try:
    int('x')
except ValueError:
    pass
sys.settrace(None)
