# class decorators that add methods, wrap __init__, freeze classes; __class__ cell and __qualname__ in nested classes
import functools
def add_repr(cls):
    def __repr__(self):
        return f"{cls.__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"
    cls.__repr__ = __repr__
    return cls
def count_instances(cls):
    orig_init = cls.__init__
    @functools.wraps(orig_init)
    def __init__(self, *a, **k):
        cls.instances = getattr(cls, "instances", 0) + 1
        orig_init(self, *a, **k)
    cls.__init__ = __init__
    return cls
@count_instances
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, 2), Point(3, 4), Point.instances, Point.__init__.__name__, Point.__init__.__wrapped__.__qualname__)
class Outer:
    class Inner:
        class Deepest:
            def where(self):
                return __class__.__qualname__
    def make(self):
        class Local:
            pass
        return Local
print(Outer.Inner.Deepest().where(), Outer().make().__qualname__, Outer.Inner.__module__)
def frozen(cls):
    def __setattr__(self, k, v):
        if getattr(self, "_frozen", False):
            raise AttributeError(f"{cls.__name__} is frozen")
        object.__setattr__(self, k, v)
    orig = cls.__init__
    def __init__(self, *a, **k):
        orig(self, *a, **k)
        object.__setattr__(self, "_frozen", True)
    cls.__setattr__ = __setattr__
    cls.__init__ = __init__
    return cls
@frozen
class Settings:
    def __init__(self, debug):
        self.debug = debug
s = Settings(True)
try:
    s.debug = False
except AttributeError as e:
    print(type(e).__name__, e, s.debug)
