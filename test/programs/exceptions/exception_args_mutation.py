# exception args, str of exceptions with one/zero/many args, and custom __init__ not calling super
e = ValueError("a", "b")
print(str(e), repr(e), e.args)
e.args = ("replaced",)
print(str(e), repr(e))
e.args = ()
print(repr(str(e)), repr(e))
class NoArgsInit(Exception):
    def __init__(self, value):
        self.value = value
n = NoArgsInit(42)
print(n.args, str(n), repr(n), n.value)
class ArgsOverride(Exception):
    def __init__(self, *args):
        super().__init__("fixed message")
a = ArgsOverride(1, 2, 3)
print(a.args, str(a))
class WithNew(Exception):
    def __new__(cls, *args):
        inst = super().__new__(cls, *args)
        inst.created = True
        return inst
w = WithNew("x")
print(w.args, w.created)
class KeyErr(KeyError):
    pass
print(str(KeyErr("k")), str(KeyErr("a", "b")), str(KeyError()), repr(KeyErr()))
print(str(UnicodeError("plain")), str(OSError()), str(OSError("one")), str(OSError(1, 2, 3, 4, 5, 6)))
print(str(SyntaxError("m", ("f", 1, 2, "t"))), str(SyntaxError("m", ("f", None, None, None))), str(SyntaxError("m", (None, 3, 1, None))))
print(str(StopIteration()), str(StopIteration(None)), StopIteration(None).value, str(SystemExit()), repr(SystemExit(None)))
