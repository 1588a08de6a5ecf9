# Frames through generators, re-raises, exec, native callers (sorted, map), metaclasses, class bodies,
# dunder methods.
import sys
def show(f):
    try:
        f()
    except BaseException as e:
        sys.__excepthook__(type(e), e, e.__traceback__)

def gen_inner():
    yield 1
    raise KeyError("inner gen")

def gen_outer():
    yield from gen_inner()

def yield_from():
    list(gen_outer())

def reraise_elsewhere():
    try:
        {}["a"]
    except KeyError as e:
        saved = e
    def again():
        raise saved
    again()

def raise_twice():
    e = ValueError("twice")
    try:
        raise e
    except ValueError:
        pass
    raise e

def cleared_tb():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise e.with_traceback(None)

def exec_boundary():
    exec("def f():\n    return 1 / 0\nf()")

def sort_key():
    sorted([3, 1, 2], key=lambda x: x / 0)

def map_lambda():
    list(map(lambda x: x["k"], [{}]))

class Meta(type):
    def __new__(mcs, name, bases, ns):
        raise TypeError("meta refuses")

def metaclass_error():
    class X(metaclass=Meta):
        pass

class Base:
    def __init_subclass__(cls, **kw):
        raise ValueError(f"no subclass {cls.__name__}")

def init_subclass():
    class Child(Base):
        pass

def nested_class_body():
    class Outer:
        class Inner:
            y = 1 / 0

def getattr_dunder():
    class C:
        def __getitem__(self, k):
            return self.data[k]
    return C()[0]

def iter_protocol():
    class It:
        def __iter__(self):
            return self
        def __next__(self):
            raise IndexError("custom next")
    for x in It():
        pass

def repr_fails():
    class R:
        def __repr__(self):
            raise RuntimeError("repr")
    return f"{R()!r}"

def hash_fails():
    return {[]: 1}

def int_conversion():
    return int(object())

def recursion_mixed():
    def a(n):
        if n == 0:
            raise ValueError("mixed")
        return b(n)
    def b(n):
        return a(n - 1)
    a(5)

for f in [yield_from, reraise_elsewhere, raise_twice, cleared_tb, exec_boundary, sort_key, map_lambda,
          metaclass_error, init_subclass, nested_class_body, getattr_dunder, iter_protocol, repr_fails,
          hash_fails, int_conversion, recursion_mixed]:
    show(f)
