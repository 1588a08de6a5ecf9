# sys.exc_info(), sys.exception(), handled-exception stack across calls and generators
import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("outer")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__, sys.exception() is v)
    try:
        raise KeyError("inner")
    except KeyError:
        print(repr(sys.exception()))
    print("restored:", repr(sys.exception()))
    def callee():
        return repr(sys.exception())
    print("seen in callee:", callee())
print(sys.exc_info(), sys.exception())

def gen():
    yield repr(sys.exception())
    try:
        raise TypeError("in gen")
    except TypeError:
        yield repr(sys.exception())
    yield repr(sys.exception())
g = gen()
print(next(g))
try:
    raise IndexError("caller")
except IndexError:
    print(next(g))
    print(next(g))
print(repr(sys.exception()))

try:
    try:
        raise ValueError(1)
    finally:
        print("finally sees:", repr(sys.exception()))
except ValueError:
    pass
try:
    raise ValueError(2)
except ValueError as e:
    del e
    print("after del:", repr(sys.exception()))
print(sys.exc_info()[0])
