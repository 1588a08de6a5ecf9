# object(): the root type and its default methods
o = object()
print(type(o).__name__, o == o, o != object(), bool(o), hasattr(o, "__dict__"), object.__name__, object.__doc__[:24])
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(n for n in dir(o)))
print(object.__bases__, object.__mro__, type(object.__init__).__name__, object.__new__ is object.__dict__["__new__"])
print(o.__reduce_ex__(2)[0].__name__, o.__sizeof__() > 0, o.__format__("") == str(o), o.__eq__(o), o.__eq__(1), o.__ne__(1), o.__lt__(o))
print(object.__init_subclass__(), object.__subclasshook__(int), object().__class__.__name__)
print(o.__getstate__())
class A:
    pass
a = A()
a.x = 1
print(a.__getstate__(), object.__getstate__(a))
print(object.__repr__(a).startswith("<__main__.A object at"), object.__str__(1) == "1")
print(object.__hash__(a) == hash(a), object.__eq__(a, a), object.__eq__(a, A()))
try:
    object.__init__(a, 1)
except TypeError as e:
    print(type(e).__name__, e)
class WithInit:
    def __init__(self, *a):
        pass
try:
    object.__init__(WithInit(), 1)
except TypeError as e:
    print(type(e).__name__, e)
print(object.__dir__(a)[:0], isinstance(object.__dir__(a), list))
print(object.__getattribute__(a, "x"))
object.__setattr__(a, "y", 2)
object.__delattr__(a, "x")
print(vars(a))
