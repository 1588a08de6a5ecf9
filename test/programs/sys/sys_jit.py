# sys._jit: pyts has no JIT compiler, as a CPython built without --enable-experimental-jit.
import sys

print(type(sys._jit).__name__, sys._jit.__name__, sys._jit)
print(sys._jit.is_available(), sys._jit.is_enabled(), sys._jit.is_active())
print(sorted(n for n in dir(sys._jit) if not n.startswith('__')))
print(sys._jit.is_available.__text_signature__)
try:
    sys._jit.is_enabled(1)
except TypeError as e:
    print(e)
print('sys._jit' in sys.modules)
