# __getattr__ (fallback) vs __getattribute__ (always), and their interplay
class Fallback:
    real = "real attribute"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")

f = Fallback()
print(f.real, f.dyn_hello)
try:
    f.other
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(f, 'other', 'default'), hasattr(f, 'dyn_x'), hasattr(f, 'nope'))

class Logging:
    def __init__(self):
        self.log = []
        self.value = 1
    def __getattribute__(self, name):
        if name != 'log':
            object.__getattribute__(self, 'log').append(name)
        return object.__getattribute__(self, name)

lg = Logging()
lg.value
lg.value
try:
    lg.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(lg.log)

class Both:
    def __getattribute__(self, name):
        if name == 'special':
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback for " + name

b = Both()
print(b.special, b.anything)

class Recursive:
    def __getattr__(self, name):
        return self.__dict__.get(name, "nothing:" + name)
r = Recursive()
r.x = 5
print(r.x, r.y)

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
    def __getattr__(self, name):
        return getattr(self._target, name)
px = Proxy([3, 1, 2])
px.sort()
print(px._target, px.count(1), len(px._target))
try:
    len(px)
except TypeError as e:
    print(type(e).__name__, e)

class Dunder:
    def __getattr__(self, name):
        return lambda *a: "via getattr " + name
d = Dunder()
print(d.__len__())
try:
    len(d)
except TypeError as e:
    print(type(e).__name__, e)

class Raising:
    def __getattribute__(self, name):
        raise KeyError(name)
try:
    Raising().x
except KeyError as e:
    print(type(e).__name__, e)
try:
    hasattr(Raising(), 'x')
except KeyError as e:
    print("hasattr propagates", type(e).__name__)
