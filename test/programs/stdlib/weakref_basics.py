# weakref: refs, proxies, WeakValueDictionary, finalize (deterministic parts only: explicit del with no cycles)
import weakref
class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Obj({self.name})"
o = Obj("a")
r = weakref.ref(o)
print(r() is o, r().name, weakref.getweakrefcount(o), type(r).__name__)
p = weakref.proxy(o)
print(p.name, repr(p)[:20] if False else "proxy ok", weakref.getweakrefcount(o))
wd = weakref.WeakValueDictionary()
wd["k"] = o
print(list(wd.keys()), wd["k"])
ws = weakref.WeakSet([o])
print(len(ws), o in ws)
try:
    weakref.ref(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.ref([])
except TypeError as e:
    print(type(e).__name__, e)
class Slotted:
    __slots__ = ("x",)
try:
    weakref.ref(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
r2 = weakref.ref(o, lambda ref: None)
print(r == r2 or "distinct callbacks make distinct refs", hash(r) == hash(o) if False else "skip")
print(weakref.WeakKeyDictionary({o: 1})[o])
