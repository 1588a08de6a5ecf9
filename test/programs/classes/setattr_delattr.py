# __setattr__ and __delattr__ hooks
class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: frozen")

f = Frozen(a=1, b=2)
print(f.a, f.b)
for action in (lambda: setattr(f, 'a', 5), lambda: delattr(f, 'a')):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    f.c = 3
except AttributeError as e:
    print(type(e).__name__, e)

class Recorder:
    def __init__(self):
        self.__dict__['events'] = []
    def __setattr__(self, name, value):
        self.events.append(('set', name, value))
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.events.append(('del', name))
        super().__delattr__(name)

r = Recorder()
r.x = 1
r.x += 1
setattr(r, 'y', 'why')
del r.x
delattr(r, 'y')
print(r.events)
try:
    del r.nothing
except AttributeError as e:
    print(type(e).__name__, e)
print(r.__dict__)

class Validated:
    def __setattr__(self, name, value):
        if not isinstance(value, int):
            raise TypeError(f"{name} must be int, not {type(value).__name__}")
        object.__setattr__(self, name, value * 10)
v = Validated()
v.n = 4
print(v.n)
try:
    v.n = "s"
except TypeError as e:
    print(type(e).__name__, e)

try:
    object.__setattr__(1, 'x', 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(object(), 'x', 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(v, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(int, 'x', 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.x = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del int.real
except TypeError as e:
    print(type(e).__name__, e)
class Cls:
    pass
Cls.added = "class attr"
print(Cls().added)
del Cls.added
print(hasattr(Cls, 'added'))
try:
    del Cls.added
except AttributeError as e:
    print(type(e).__name__, e)
