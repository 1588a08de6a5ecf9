# BaseException: args from __new__ and __init__, str/repr, attributes and their setters' errors.
def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


for args in [(), (1,), ("a", 2), (None,), ([1, 2],), ("",), ("x\ny",)]:
    e = Exception(*args)
    print(repr(e), "|", str(e), "|", e.args)

for cls in [BaseException, Exception, ValueError, KeyError, LookupError, IndexError, StopIteration,
            StopAsyncIteration, GeneratorExit, SystemExit, KeyboardInterrupt, ArithmeticError,
            ZeroDivisionError, OverflowError, AssertionError, RuntimeError, RecursionError,
            NotImplementedError, TypeError, EOFError, MemoryError, BufferError, ReferenceError,
            Warning, UserWarning, DeprecationWarning, SyntaxWarning, UnicodeError,
            PythonFinalizationError, TimeoutError, ConnectionError]:
    print(cls.__name__, repr(cls()), repr(cls("m")), repr(str(cls("m", 2))), cls.__mro__[1].__name__)

attempt("kw BaseException", lambda: BaseException(x=1))
attempt("kw ValueError", lambda: ValueError("a", b=2))


class WithInit(Exception):
    def __init__(self, a, b=2, *, c=3):
        super().__init__(a)
        self.b = b
        self.c = c


w = WithInit(1, 5, c=7)
print(repr(w), w.args, w.b, w.c, str(w))


class NoSuperInit(Exception):
    def __init__(self, x, y):
        self.x = x


n = NoSuperInit(1, 2)
print(repr(n), n.args, str(n))


class NewOnly(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, "from new")
        return self


print(repr(NewOnly(1, 2)), NewOnly(1, 2).args)


class ArgsOverride(ValueError):
    def __init__(self, *args):
        super().__init__("fixed")


print(repr(ArgsOverride(1, 2)))

e = ValueError(1, 2)
e.args = [3, 4]
print(e.args, type(e.args).__name__, repr(e))
e.args = "ab"
print(e.args)
attempt("args = 5", lambda: setattr(e, "args", 5))
attempt("del args", lambda: delattr(e, "args"))

e = KeyError("k")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.__cause__ = ValueError("c")
print(repr(e.__cause__), e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
e.__suppress_context__ = False
e.__context__ = TypeError("ctx")
print(repr(e.__context__))
attempt("cause = 1", lambda: setattr(e, "__cause__", 1))
attempt("context = 1", lambda: setattr(e, "__context__", 1))
attempt("cause = class", lambda: setattr(e, "__cause__", ValueError))
attempt("del cause", lambda: delattr(e, "__cause__"))
attempt("del context", lambda: delattr(e, "__context__"))
attempt("suppress = 1", lambda: setattr(e, "__suppress_context__", 1))
attempt("del suppress", lambda: delattr(e, "__suppress_context__"))
attempt("traceback = 1", lambda: setattr(e, "__traceback__", 1))
attempt("del traceback", lambda: delattr(e, "__traceback__"))
attempt("with_traceback(1)", lambda: e.with_traceback(1))
print(e.with_traceback(None) is e)

e = ValueError("d")
print(e.__dict__)
e.extra = 5
print(e.__dict__, e.extra)
attempt("__dict__ = 1", lambda: setattr(e, "__dict__", 1))
e.__dict__ = {"z": 1}
print(e.z, hasattr(e, "extra"))
print(hasattr(ValueError(), "__notes__"))
print(sorted(n for n in dir(BaseException) if not n.startswith("__") or n in ("__cause__", "__context__", "__suppress_context__", "__traceback__", "__notes__")))
