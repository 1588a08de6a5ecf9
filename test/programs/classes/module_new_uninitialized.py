# module.__new__ without __init__ gives an empty __dict__ (no __name__ etc.); __init__ fills it later.
import types, sys
M = type(sys)
m = M.__new__(M)
print(repr(m), m.__dict__, hasattr(m, '__name__'), hasattr(m, '__file__'))
m.foo = 1
print(m.__dict__)
try: m.bar
except AttributeError as e: print(e)
try: print(dir(m))
except Exception as e: print(type(e).__name__, e)
m.__init__('x')
print(repr(m), m.__dict__)
m2 = M('y', 'doc')
print(m2.__dict__)
