# __new__ and __init__: order, arguments, returning other types, object.__new__ checks
class Tracked:
    def __new__(cls, *args, **kwargs):
        print("__new__", cls.__name__, args, kwargs)
        return super().__new__(cls)
    def __init__(self, a, b=2):
        print("__init__", a, b)
        self.a, self.b = a, b

t = Tracked(1, b=3)
print(t.a, t.b)

class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(ReturnsOther())

class ReturnsSubclass:
    def __new__(cls):
        return object.__new__(Sub)
    def __init__(self):
        print("__init__ runs because result is an instance", type(self).__name__)
class Sub(ReturnsSubclass):
    pass
print(type(ReturnsSubclass()).__name__)

class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)

class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyNew:
    def __new__(cls, x):
        inst = super().__new__(cls)
        inst.x = x
        return inst
print(OnlyNew(7).x)
class OnlyInit:
    def __init__(self, x):
        self.x = x
try:
    object.__new__(OnlyInit, 1)
    print("object.__new__ with extra args ok when __init__ overridden")
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)

class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())

class IntLike(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(IntLike(5), type(IntLike(5)).__name__, IntLike(5) + 1)
class StrLike(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
    def __init__(self, v):
        self.orig = v
s = StrLike("abc")
print(s, s.orig, len(s), s + "!")
class TupleLike(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)
print(TupleLike(1, 2, 3), len(TupleLike()))
