# repr/str of builtin exceptions with unusual args and exception instances in containers
print([ValueError(), KeyError("k"), OSError(9999, "x")], {"e": TypeError(1, 2)})
print(repr(Exception(Exception("nested"))), str(Exception(Exception("nested"))))
print(repr(Exception("multi\nline")), str(Exception("tab\tchar")), repr(Exception("é")), ascii(Exception("é")))
print(repr(BaseExceptionGroup("m", [ValueError(1)])), str(ExceptionGroup("m", [ValueError(1), KeyError(2)])))
class CustomRepr(Exception):
    def __repr__(self):
        return "<CustomRepr>"
print(repr(CustomRepr("x")), str(CustomRepr("x")), [CustomRepr()])
print(repr(StopIteration(1)), repr(StopAsyncIteration()), repr(GeneratorExit()), repr(KeyboardInterrupt()), repr(SystemExit(0)))
print(repr(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")), repr(SyntaxError("x", ("f", 1, 1, "t"))))
print(repr(ImportError("msg", name="n")), repr(ModuleNotFoundError("m")), repr(NameError("n")), repr(AttributeError("a")))
