# exception chaining: __context__, __cause__, __suppress_context__, raise from None
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")

try:
    implicit()
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

def explicit():
    try:
        {}["k"]
    except KeyError as k:
        raise RuntimeError("explicit") from k

try:
    explicit()
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

def from_none():
    try:
        [][0]
    except IndexError:
        raise TypeError("hidden context") from None

try:
    from_none()
except TypeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)

try:
    raise ValueError("cls cause") from KeyError
except ValueError as e:
    print(repr(e.__cause__))

e = ValueError()
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
try:
    e.__cause__ = "bad"
except TypeError as x:
    print(type(x).__name__, x)
try:
    e.__context__ = 1
except TypeError as x:
    print(type(x).__name__, x)

def cycle():
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise a
        except ValueError as b:
            return b.__context__
print(cycle())

def deep_context():
    try:
        try:
            try:
                raise KeyError(1)
            except KeyError:
                raise IndexError(2)
        except IndexError:
            raise TypeError(3)
    except TypeError as t:
        chain = []
        c = t
        while c is not None:
            chain.append(repr(c))
            c = c.__context__
        return chain
print(deep_context())

def finally_context():
    try:
        try:
            raise ValueError("first")
        finally:
            raise KeyError("in finally")
    except KeyError as k:
        return repr(k.__context__)
print(finally_context())

def handled_then_new():
    try:
        raise ValueError("old")
    except ValueError:
        pass
    try:
        raise KeyError("new")
    except KeyError as k:
        return k.__context__
print(handled_then_new())
