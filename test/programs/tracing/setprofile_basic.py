# setprofile: call/return for Python functions, c_call/c_return/c_exception for builtins.
import sys

def profiler(frame, event, arg):
    if event.startswith('c_'):
        print(event, getattr(arg, '__qualname__', arg), frame.f_code.co_name, frame.f_lineno)
    else:
        print(event, frame.f_code.co_name, frame.f_lineno, repr(arg))

class K:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v

def work(items):
    n = len(items)
    s = sorted(items, key=abs)
    k = K(n)
    items.append(k.get())
    try:
        int('bad')
    except ValueError:
        pass
    'a,b'.split(',')
    return s

def gen():
    yield 1
    yield 2

sys.setprofile(profiler)
work([3, -1, 2])
for v in gen():
    pass
sys.setprofile(None)
print(sys.getprofile())
