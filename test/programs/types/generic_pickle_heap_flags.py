# Pickling instances of generic classes (typing.Generic is a heap type of object's size in CPython), every protocol;
# native types made from specs report Py_TPFLAGS_HEAPTYPE.
import pickle, typing
class Class1[T]: pass
class Class2[T](Class1[T]): pass
class Class3[T: int]: pass
def f[T](x: T) -> T: return x
for thing in (Class1(), Class2(), Class3(), Class1, Class2, f):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        x = pickle.loads(pickle.dumps(thing, protocol=proto))
        print(proto, type(x).__name__ if not isinstance(x, type) and not callable(x) else getattr(x, '__name__', x))
print(bool(typing.Generic.__flags__ & 512), bool(typing.TypeVar.__flags__ & 512), bool(int.__flags__ & 512))
