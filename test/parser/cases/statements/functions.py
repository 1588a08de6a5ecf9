def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int: pass
def g(*, a): pass
def h(a, /): pass
def i(*args: *Ts): pass
def j(a: int = 1, *, b: str = "x", **kw: dict) -> None: pass
lambda: 0
lambda a, b=1, /, c=2, *args, d, e=3, **kw: 0
lambda *, a: a
lambda *a, **k: 0
class A: pass
class B(): pass
class C(A, B, metaclass=M, **kw): pass
class D(*bases): pass
