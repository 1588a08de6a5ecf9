# contextlib: contextmanager, suppress, ExitStack, closing, nullcontext, redirect_stdout
import contextlib, io

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print(f"  handled {e!r} in {name}")
    finally:
        print(f"</{name}>")

with tag("a") as v:
    print("  inside", v)
with tag("b"):
    raise ValueError("caught by the generator")
try:
    with tag("c"):
        raise KeyError("not handled")
except KeyError as e:
    print("propagated", repr(e))

with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed ZeroDivisionError")
with contextlib.suppress(ValueError):
    pass
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.enter_context(tag(f"s{i}"))
    stack.callback(print, "callback runs first")
    print("  stack body")
class Closable:
    def close(self):
        print("closed!")
with contextlib.closing(Closable()):
    print("using closable")
with contextlib.nullcontext("value") as nv:
    print(nv)
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured text")
print(repr(buf.getvalue()))
@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
@contextlib.contextmanager
def yields_twice():
    yield 1
    yield 2
try:
    with yields_twice():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
@tag("deco")
def decorated():
    print("  in decorated function")
decorated()
class Reentrant(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        print("abstract exit")
with Reentrant() as r:
    print(type(r).__name__)
