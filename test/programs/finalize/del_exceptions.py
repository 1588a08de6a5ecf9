# an exception in __del__ or in a generator's close is reported through sys.unraisablehook
import re
import sys

def hook(u):
    msg = re.sub(r" at 0x[0-9a-f]+", "", u.err_msg or "")
    print("unraisable:", msg, "|", type(u.exc_value).__name__, u.exc_value, "| object:", u.object)
sys.unraisablehook = hook

class Bad:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
        raise ValueError(f"bad {self.name}")

b = Bad("one")
del b
print("program continues")

def f():
    x = Bad("local")
    return 42
print("f returned", f())

def stubborn():
    try:
        yield 1
    finally:
        yield 2

for v in stubborn():
    print("got", v)
    break
print("after stubborn")

def raising_finally():
    try:
        yield 1
    finally:
        raise KeyError("in finally")

g = raising_finally()
next(g)
g = None
print("after raising_finally")

class Chained:
    def __del__(self):
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise RuntimeError("from del") from e
c = Chained()
c = None
print("end")
