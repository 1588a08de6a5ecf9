# dir(): modules, classes, instances, custom __dir__, no-argument form
def f():
    a = 1
    b = 2
    return dir()
print(f())
class A:
    x = 1
    def m(self):
        pass
class B(A):
    y = 2
b = B()
b.z = 3
print([n for n in dir(b) if not n.startswith("__")])
print([n for n in dir(B) if not n.startswith("__")])
print(dir(b) == sorted(dir(b)), "__class__" in dir(b), "__init__" in dir(B))
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "alpha"]
print(dir(Custom()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)
class TupleDir:
    def __dir__(self):
        return ("b", "a")
print(dir(TupleDir()))
import types
m = types.ModuleType("mymod")
m.public = 1
print(dir(m))
print([n for n in dir(1) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")])
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
print(len([n for n in dir(int) if n.startswith("__")]) > 40)
try:
    dir(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def meta_only(cls):
        pass
class WithMeta(metaclass=Meta):
    pass
print("meta_only" in dir(WithMeta), "meta_only" in dir(Meta))
