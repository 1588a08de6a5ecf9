# positional-only and keyword-only parameters with defaults, **kwargs collecting positional-only names
def f(a, b=2, /, c=3, *, d, e=5, **kw):
    return dict(a=a, b=b, c=c, d=d, e=e, kw=kw)
print(f(1, d=4))
print(f(1, 20, 30, d=40, e=50, a="kw named a", b="kw named b"))
print(f(1, c=33, d=44))
for call in [lambda: f(d=1), lambda: f(1, 2, 3, 4, d=5), lambda: f(1, 2, 3), lambda: f(1, 2, c=3, d=4, c2=5) and None or f(1, d=1, **{"c": 2})]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
def only_pos(a, b, /):
    return a - b
print(only_pos(5, 3))
try:
    only_pos(a=5, b=3)
except TypeError as e:
    print(type(e).__name__, e)
def only_kw(*, x, y=0):
    return x + y
print(only_kw(x=1), only_kw(y=2, x=1))
try:
    only_kw(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
import inspect
print(inspect.signature(f), f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__defaults__, f.__kwdefaults__)
