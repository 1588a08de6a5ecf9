# with statement: __enter__/__exit__ order, exception info, suppression, return inside with
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f"enter {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        print(f"exit {self.name}", et.__name__ if et else None, repr(ev), type(tb).__name__)
        return self.suppress

with CM("a") as a:
    print("body", a.name)
with CM("s", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with CM("p"):
        raise KeyError("propagated")
except KeyError as e:
    print("caught", repr(e))
with CM("outer"), CM("inner") as i:
    print("nested body", i.name)
with (CM("paren1") as p1,
      CM("paren2") as p2):
    print("parenthesized", p1.name, p2.name)
def returns():
    with CM("ret"):
        return "returned value"
print(returns())
for n in range(3):
    with CM(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)
class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with EnterFails():
        print("unreachable")
except RuntimeError as e:
    print("caught", e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise IndexError("from exit")
try:
    with ExitRaises():
        raise ValueError("body error")
except IndexError as e:
    print("exit's exception wins:", repr(e), "context:", repr(e.__context__))
class Truthy:
    def __enter__(self):
        return None
    def __exit__(self, *a):
        return "non-empty string is truthy"
with Truthy() as t:
    1 / 0
print("suppressed via truthy return", t)
