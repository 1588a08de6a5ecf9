# contextlib: chdir-free utilities: redirect_stderr, ExitStack.pop_all/callback ordering, nested ContextDecorator, closing with exceptions
import contextlib, io, sys
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr buffer", file=sys.stderr)
print(repr(err.getvalue()))
order = []
with contextlib.ExitStack() as outer:
    outer.callback(order.append, "outer cb")
    with contextlib.ExitStack() as inner:
        inner.callback(order.append, "inner cb 1")
        inner.callback(order.append, "inner cb 2")
        moved = inner.pop_all()
    order.append("inner closed (callbacks moved)")
    moved.close()
print(order)
class track(contextlib.ContextDecorator):
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False
@track("decorated")
def work(x):
    return x * 2
print(work(21))
try:
    with track("raising"):
        raise KeyError("k")
except KeyError:
    print("propagated")
with contextlib.ExitStack() as stack:
    stack.push(lambda *exc: print("exit callback got", exc[0].__name__ if exc[0] else None) or True)
    raise ValueError("suppressed by pushed exit")
print("after suppressed")
