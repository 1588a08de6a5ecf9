# contextlib.suppress, exceptions in __exit__ of nested managers, ExitStack unwinding order with exceptions
import contextlib
class Tracker:
    def __init__(self, name, suppress=(), raise_in_exit=None):
        self.name, self.suppress, self.raise_in_exit = name, suppress, raise_in_exit
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        if self.raise_in_exit:
            raise self.raise_in_exit
        return et is not None and issubclass(et, self.suppress)
with Tracker("outer", suppress=(KeyError,)):
    with Tracker("inner"):
        raise KeyError("caught by outer")
print("after 1")
try:
    with Tracker("a"), Tracker("b", raise_in_exit=ValueError("from b's exit")):
        raise IndexError("body")
except ValueError as e:
    print("final:", repr(e), "context:", repr(e.__context__))
with contextlib.ExitStack() as stack:
    stack.enter_context(Tracker("s1", suppress=(ZeroDivisionError,)))
    stack.enter_context(Tracker("s2"))
    1 / 0
print("after stack")
with contextlib.suppress(KeyError):
    with contextlib.suppress(IndexError):
        {}["k"]
    print("not reached")
print("suppressed across nesting")
try:
    with contextlib.suppress(ExceptionGroup):
        raise ExceptionGroup("g", [KeyError(1)])
    print("group suppressed")
    with contextlib.suppress(KeyError):
        raise ExceptionGroup("g", [KeyError(1), ValueError(2)])
except ExceptionGroup as e:
    print("partially suppressed:", repr(e))
