# Traceback objects: tb_frame, tb_lineno, tb_lasti, tb_next, TracebackType(), with_traceback.
import sys
import types


def inner():
    raise ValueError("x")


def outer():
    inner()


try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    entries = []
    while tb is not None:
        entries.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_lasti >= 0, type(tb).__name__))
        tb = tb.tb_next
    print(entries)
    t = e.__traceback__
    print(type(t) is types.TracebackType, t.tb_frame is sys._getframe())
    try:
        t.tb_next = t
    except ValueError as x:
        print("ValueError:", x)
    try:
        t.tb_next = 5
    except TypeError as x:
        print("TypeError:", x)
    try:
        del t.tb_next
    except TypeError as x:
        print("TypeError:", x)
    saved = t.tb_next
    t.tb_next = None
    print(t.tb_next)
    t.tb_next = saved
    made = types.TracebackType(None, sys._getframe(), 0, 42)
    print(made.tb_lineno, made.tb_lasti, made.tb_next)
    try:
        types.TracebackType(None, None, 0, 1)
    except TypeError as x:
        print("TypeError:", x)
    try:
        types.TracebackType(5, sys._getframe(), 0, 1)
    except TypeError as x:
        print("TypeError:", x)

e2 = KeyError("k").with_traceback(made)
print(e2.__traceback__ is made)
try:
    KeyError().with_traceback(5)
except TypeError as x:
    print("TypeError:", x)
raise e2
