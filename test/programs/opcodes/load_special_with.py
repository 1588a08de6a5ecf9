# LOAD_SPECIAL for __enter__/__exit__ (looked up on the type, not the instance) and WITH_EXCEPT_START
class CM:
    def __enter__(self):
        return "type-level enter"
    def __exit__(self, *a):
        print("type-level exit", a[0])
        return False
cm = CM()
cm.__enter__ = lambda: "instance enter (ignored)"
cm.__exit__ = lambda *a: print("instance exit (ignored)")
with cm as v:
    print(v)
try:
    with cm:
        raise KeyError("k")
except KeyError:
    print("propagated")
class Getattr:
    def __getattr__(self, name):
        return lambda *a: "from __getattr__"
try:
    with Getattr():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __enter__(cls):
        return "metaclass enter for " + cls.__name__
    def __exit__(cls, *a):
        return False
class UsesMeta(metaclass=Meta):
    pass
with UsesMeta as val:
    print(val)
class Prop:
    @property
    def __enter__(self):
        return lambda: "enter via property"
    def __exit__(self, *a):
        pass
with Prop() as pv:
    print(pv)
