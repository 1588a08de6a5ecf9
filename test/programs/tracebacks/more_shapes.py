# More shapes: decorators, assert, with, unpacking, f-strings, imports, properties, super, long lines,
# comprehensions, coroutines, argument errors, a form feed in the source.
import sys
def show(f):
    try:
        f()
    except BaseException as e:
        sys.__excepthook__(type(e), e, e.__traceback__)

def deco(f):
    raise RuntimeError("in decorator")

def decorated():
    @deco
    def g():
        pass

def assert_fail():
    x = 1
    assert x == 2, f"x was {x}"

class CM:
    def __enter__(self):
        raise OSError(9999, "enter failed")
    def __exit__(self, *a):
        pass

def with_fail():
    with CM() as c:
        pass

def for_int():
    for x in 5:
        pass

def unpack():
    a, b = [1]

def unpack_star():
    a, *b, c = [1]

def fstring_nested():
    d = {}
    return f"value: {d['k']!r:>10}"

def del_item():
    x = []
    del x[0]

def import_fail():
    import nonexistent_module_xyz

def multiline_call_inside():
    def f(a, b):
        return a / b
    return f(
        1,
        0,
    )

def default_lambda(f=lambda: 1 / 0):
    return f()

def trailing_comment():
    y = [1]
    x = y[1]  # a comment
    return x

class P:
    @property
    def bad(self):
        return self.missing_attr
    def __getattr__(self, name):
        if name == "missing_attr":
            raise AttributeError(f"no {name}")
        raise KeyError(name)

def prop_chain():
    return P().bad

class Base:
    def m(self):
        raise ValueError("base")
class Derived(Base):
    def m(self):
        return super().m()

def super_call():
    Derived().m()

def long_line():
    data = {"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa": 1, "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb": 2, "ccccccccccccccccccccccccccccc": 3}
    return data["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"] + data["bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"] + data["dddddddddddd"]

def walrus():
    if (n := len(5)) > 1:
        pass

def comparison_chain():
    return [] < {} < ()

def nested_comprehension():
    return [[1 / (i - j) for j in range(2)] for i in range(2)]

def gen_expr_in_call():
    return max(1 / x for x in [1, 0])

def await_like():
    async def c():
        raise ValueError("in coro")
    co = c()
    try:
        co.send(None)
    finally:
        co.close()

def star_args_error():
    def f(a): pass
    f(*[1, 2])

def kwargs_error():
    def f(a): pass
    f(b=1)

def formfeed():
    x = 1
    return x / 0

for f in [decorated, assert_fail, with_fail, for_int, unpack, unpack_star, fstring_nested, del_item,
          import_fail, multiline_call_inside, default_lambda, trailing_comment, prop_chain, super_call,
          long_line, walrus, comparison_chain, nested_comprehension, gen_expr_in_call, await_like,
          star_args_error, kwargs_error, formfeed]:
    show(f)
