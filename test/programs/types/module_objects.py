# module objects: attributes, __dict__, __getattr__/__dir__ hooks (PEP 562), types.ModuleType
import types, sys, math
m = types.ModuleType("demo", "demo docstring")
print(m.__name__, m.__doc__, m.__dict__["__name__"], repr(m), m.__spec__, m.__loader__, m.__package__)
m.x = 1
print(m.x, sorted(k for k in vars(m) if not k.startswith("__")), "x" in dir(m))
try:
    m.missing
except AttributeError as e:
    print(type(e).__name__, e)
def mod_getattr(name):
    if name == "lazy":
        return "computed lazily"
    raise AttributeError(f"module 'demo' has no attribute {name!r}")
m.__getattr__ = mod_getattr
print(m.lazy)
try:
    m.other
except AttributeError as e:
    print(type(e).__name__, e)
m.__dir__ = lambda: ["custom", "dir"]
print(dir(m))
sys.modules["demo"] = m
import demo
print(demo is m, demo.lazy)
from demo import lazy
print(lazy)
print(type(math).__name__, math.__name__, repr(math)[:22], hasattr(math, "__file__"))
del m.x
print(hasattr(m, "x"))
try:
    del m.never
except AttributeError as e:
    print(type(e).__name__, e)
class SubModule(types.ModuleType):
    def greet(self):
        return "hello from " + self.__name__
sm = SubModule("sub")
print(sm.greet(), isinstance(sm, types.ModuleType))
m.__class__ = SubModule
print(m.greet())
print(types.ModuleType.__name__, type(sys).__name__, sys.__name__)
