def f():
    try:
        raise ValueError("bad", 42)
    except ValueError as e:
        print("caught", e.args, str(e), repr(e))
        return "from except"
    finally:
        print("finally runs")
print(f())

def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
g()

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k")
except KeyError as e:
    print(repr(e), type(e.__context__).__name__, e.__cause__, e.__suppress_context__)

try:
    try:
        [][1]
    except IndexError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

class MyError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise MyError("custom", 7)
except Exception as e:
    print(type(e).__name__, e, e.code, isinstance(e, MyError), e.args)

try:
    raise
except RuntimeError as e:
    print(e)

def gen_exc():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("closing")
        raise
g2 = gen_exc()
print(next(g2))
g2.close()

e = None
try:
    int("x")
except (TypeError, ValueError) as err:
    e = err
print(type(e).__name__, e)
try:
    print(err)
except NameError as ne:
    print("deleted:", ne)

try:
    assert 1 == 2, "math is broken"
except AssertionError as a:
    print("assert", a)

import sys
try:
    raise TypeError("t")
except TypeError:
    print(sys.exc_info()[0].__name__, type(sys.exception()).__name__)
print(sys.exc_info())
