# property: getter/setter/deleter, docstrings, read-only errors, subclass overriding
class Temp:
    def __init__(self):
        self._c = 0.0

    @property
    def celsius(self):
        "temperature in C"
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
print(t.celsius)
print(Temp.celsius.__doc__, type(Temp.celsius).__name__)
p = Temp.celsius
print(p.fget.__name__, p.fset.__name__, p.fdel.__name__, Temp.fahrenheit.fset)

class Derived(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return "derived:" + str(self._c)

d = Derived()
d.celsius = 5
print(d.celsius)

def getx(self):
    return 42
x = property(getx, doc="the x")
class P:
    x = x
    y = property()
    z = property(lambda self: "lambda prop")
print(P().x, P.x.__doc__, P().z)
try:
    P().y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    P().y = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del P().y
except AttributeError as e:
    print(type(e).__name__, e)

class Err:
    @property
    def boom(self):
        raise KeyError("inside getter")
try:
    Err().boom
except KeyError as e:
    print(type(e).__name__, e)
print(hasattr(Err(), 'boom') if False else "skip")
class AttrErr:
    @property
    def a(self):
        raise AttributeError("custom")
print(hasattr(AttrErr(), 'a'), getattr(AttrErr(), 'a', 'default'))
print(Temp.celsius.__isabstractmethod__, property.__name__)
print(P.z.__name__ if hasattr(P.z, '__name__') else 'no name')
