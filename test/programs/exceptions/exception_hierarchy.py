# the builtin exception hierarchy
import builtins
def chain(cls):
    return " > ".join(c.__name__ for c in cls.__mro__)

for name in ["ZeroDivisionError", "FileNotFoundError", "UnicodeDecodeError", "ModuleNotFoundError",
             "RecursionError", "KeyboardInterrupt", "StopAsyncIteration", "IndentationError",
             "TabError", "BrokenPipeError", "NotImplementedError", "UnboundLocalError",
             "BaseExceptionGroup", "ExceptionGroup", "PythonFinalizationError", "TimeoutError",
             "EncodingWarning", "ResourceWarning", "BytesWarning", "FloatingPointError"]:
    print(chain(getattr(builtins, name)))

excs = sorted(n for n, v in vars(builtins).items() if isinstance(v, type) and issubclass(v, BaseException))
print(len(excs))
print(excs)
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(KeyError, LookupError), issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception))
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
