# frame objects: sys._getframe, f_back, f_code, f_locals, f_lineno, f_globals, inspect.stack basics
import sys, inspect
def outer():
    x = 1
    return inner()
def inner():
    f = sys._getframe()
    back = f.f_back
    return f.f_code.co_name, back.f_code.co_name, back.f_locals.get("x"), f.f_lineno, back.f_lineno, f.f_globals is globals()
print(outer())
def chain():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        if f.f_code.co_name == "<module>":
            break
        f = f.f_back
    return names
def a():
    return chain()
def b():
    return a()
print(b())
print(sys._getframe(0).f_code.co_name, sys._getframe(0) is sys._getframe())
try:
    sys._getframe(100)
except ValueError as e:
    print(type(e).__name__, e)
def caller_name():
    return inspect.currentframe().f_back.f_code.co_name
def who_calls():
    return caller_name()
print(who_calls())
def locals_proxy():
    v = 1
    fr = sys._getframe()
    fr.f_locals["v"] = 2
    return v, type(fr.f_locals).__name__
print(locals_proxy())
def gen():
    yield sys._getframe().f_code.co_name
    yield sys._getframe().f_back.f_code.co_name
g = gen()
print(next(g), next(g))
try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_lasti >= 0, tb.tb_next)
print([fi.function for fi in inspect.stack()][:1], inspect.currentframe().f_code.co_name)
print(sys._getframe().f_builtins is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else True)
