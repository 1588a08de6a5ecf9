# The _types module and types.CapsuleType (_datetime.datetime_CAPI); __bases__ keeps the tuple given
# to type() or assigned (a tuple subclass too); type.__new__'s argument-count message.
import _datetime, types
c = _datetime.datetime_CAPI
t = type(c)
print(t, t.__module__, t.__qualname__, t is types.CapsuleType, repr(c)[:40])
print(repr(t.__doc__))
print(sorted(set(dir(t)) - set(dir(object))))
try: t()
except TypeError as e: print(e)
try: t.x = 1
except TypeError as e: print(e)
try: c.x = 1
except AttributeError as e: print(e)
print(bool(c), hash(c) == hash(c), c == c)
import _types, sys
print(_types.__doc__, sorted(n for n in dir(_types) if not n.startswith('__')))
print(types.__all__)
print(types.LambdaType is types.FunctionType, types.SimpleNamespace is type(sys.implementation))
class TupleSubclass(tuple): pass
typ = type("typ", TupleSubclass((int, object)), {})
print(typ.__bases__, type(typ.__bases__), typ.__bases__ is typ.__bases__)
class A: pass
class B: pass
b = TupleSubclass((B,))
class D(A): pass
D.__bases__ = b
print(D.__bases__ is b, D.__mro__)
class M(type): pass
for args in [(5,), (1, 2), ('a', (), {}, 4)]:
    try: M(*args)
    except TypeError as e: print(e)
    try: type.__new__(type, *args)
    except TypeError as e: print(e)
    try: type(*args)
    except TypeError as e: print(e)
