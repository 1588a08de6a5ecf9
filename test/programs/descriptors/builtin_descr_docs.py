# The __doc__ of the member and getset descriptors of builtin types equals CPython's
# (complex.real.__doc__ == 'the real part of a complex number', _io.FileIO.closed...).
import builtins, types
from _io import FileIO
getset = type(type.__dict__['__dict__'])
member = type(types.FunctionType.__dict__['__globals__'])
print(repr(FileIO.closed.__doc__), repr(complex.real.__doc__), repr(complex.imag.__doc__))
print(type(complex.real).__name__, type(property.fget).__name__)
# generator, coroutine and frame attributes are left out here
skip = {'async_generator', 'coroutine', 'generator', 'frame'}
for m in (builtins, types):
    for n, t in sorted(vars(m).items()):
        if isinstance(t, type) and not t.__flags__ & (1 << 9) and t.__qualname__ not in skip:
            for k, v in sorted(vars(t).items()):
                if type(v) in (getset, member):
                    print(t.__qualname__, k, type(v).__name__, repr(v.__doc__))
