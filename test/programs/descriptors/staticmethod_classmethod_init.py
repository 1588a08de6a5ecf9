# staticmethod/classmethod take their callable in __init__: __new__ accepts anything, __init__ checks
# its arguments and copies __module__/__name__/__qualname__/__doc__; uninitialized objects refuse __get__.
for T in (classmethod, staticmethod):
    o = T.__new__(T, 1, 2, x=3)
    print(o.__func__, o.__wrapped__, o.__dict__, o.__isabstractmethod__)
    for attempt in (lambda: o.__get__(1, int), lambda: T(1, 2), lambda: T(x=1), lambda: T()):
        try:
            print(attempt())
        except Exception as e:
            print(type(e).__name__, e)
    o.__init__(len)
    print(repr(o), sorted(o.__dict__.items()))
    o.__init__(abs)
    print(repr(o), o.__func__ is abs, o.__dict__['__name__'])

    class S(T):
        def __init__(self, f):
            pass
    s = S(len)
    print(s.__func__, s.__dict__)

    class P(T):
        pass
    def f(*a):
        "doc of f"
        return a
    p = P(f)
    print(p.__func__ is f, p.__doc__, p.__name__)

class C:
    @classmethod
    def c(cls):
        return cls.__name__
    @staticmethod
    def s(x):
        return x * 2
print(C.c(), C().c(), C.s(4), C.__dict__['s'](5))
