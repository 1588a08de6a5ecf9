# __build_class__: called by the class statement; customizing it
import builtins
orig = builtins.__build_class__
log = []
def tracing_build_class(func, name, *bases, **kw):
    log.append((name, [b.__name__ for b in bases], sorted(kw)))
    return orig(func, name, *bases, **kw)
builtins.__build_class__ = tracing_build_class
class A:
    pass
class B(A, metaclass=type):
    pass
builtins.__build_class__ = orig
print(log)
def body():
    pass
C = orig(body, "C")
print(C.__name__, C.__qualname__, C.__module__, C.__bases__)
D2 = orig(body, "D2", C, metaclass=type)
print(D2.__name__, D2.__mro__)
for c in [lambda: orig(), lambda: orig(body), lambda: orig(1, "X"), lambda: orig(body, 1), lambda: orig(body, "X", 5)]:
    try:
        print(c())
    except TypeError as e:
        print(type(e).__name__, e)
del builtins.__build_class__
try:
    class D:
        pass
except NameError as e:
    print(type(e).__name__, e)
builtins.__build_class__ = orig
class E:
    pass
print(E.__name__)
