# decorators: function and class decorators, stacking order, arguments, functools.wraps
import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"  -> {fn.__name__}{args}")
        r = fn(*args, **kwargs)
        print(f"  <- {fn.__name__} = {r!r}")
        return r
    return wrapper

def times(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        wrapper.__name__ = f"times{n}_{fn.__name__}"
        return wrapper
    return deco

@trace
def add(a, b):
    "adds"
    return a + b
print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)

@times(3)
def hello(name):
    return "hi " + name
print(hello("bob"), hello.__name__)

def first(fn):
    print("applying first")
    return lambda: "first(" + fn() + ")"
def second(fn):
    print("applying second")
    return lambda: "second(" + fn() + ")"
@first
@second
def base():
    return "base"
print(base())

def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        return cls
    return deco
REG = {}
@register(REG)
class Plugin:
    pass
print(REG)

def add_method(cls):
    cls.extra = lambda self: "extra method"
    return cls
@add_method
class Thing:
    pass
print(Thing().extra())

@lambda fn: fn.__name__.upper()
def replaced():
    pass
print(replaced)

decorators = [trace]
@decorators[0]
def indexed(x):
    return x * 2
print(indexed(4))

class Deco:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@Deco
def counted(x):
    return x + 1
counted(1); counted(2)
print(counted.calls, type(counted).__name__)
def eval_order():
    log = []
    def d(tag):
        log.append("eval " + tag)
        def inner(fn):
            log.append("apply " + tag)
            return fn
        return inner
    @d("a")
    @d("b")
    def fn():
        pass
    return log
print(eval_order())
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
