# A plain class's __dict__ descriptor used on an instance whose type also derives from a builtin type
# with its own dict (type, module) defers to that type's __dict__: read-only there.
import types
class Base: pass
class Meta1(type, Base): pass
class Meta2(Base, type): pass
class D(metaclass=Meta1): pass
class E(metaclass=Meta2): pass
class Module1(types.ModuleType, Base): pass
class Module2(Base, types.ModuleType): pass
dd = Base.__dict__['__dict__']
for x in (D, E, Module1('spam'), Module2('spam')):
    for f in (lambda: dd.__set__(x, {}), lambda: dd.__delete__(x), lambda: setattr(x, '__dict__', {}), lambda: delattr(x, '__dict__'), lambda: type(dd.__get__(x)).__name__):
        try: print(f())
        except (AttributeError, TypeError) as e: print(type(e).__name__, e)
class C: pass
c = C()
for v in (None, [], 1):
    try: c.__dict__ = v
    except TypeError as e: print(e)
try: dd.__set__(c, [])
except TypeError as e: print(e)
del c.__dict__
print(c.__dict__)
