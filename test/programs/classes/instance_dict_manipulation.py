# manipulating instance __dict__ directly, object.__dict__ replacement, attributes with non-identifier names
class Bag:
    pass
b = Bag()
b.__dict__.update(a=1, b=2)
print(b.a, b.b, vars(b))
b.__dict__["not an identifier"] = "ok"
print(getattr(b, "not an identifier"), sorted(vars(b)))
b.__dict__ = {"fresh": True}
print(vars(b), hasattr(b, "a"))
class WithSlotsAndDict:
    __slots__ = ("s", "__dict__")
w = WithSlotsAndDict()
w.s = "slot"
w.d = "dict"
print(w.s, w.__dict__, "s" in w.__dict__)
class Counter:
    count = 0
    def __init__(self):
        type(self).count += 1
        self.id = type(self).count
cs = [Counter() for _ in range(3)]
print([c.id for c in cs], Counter.count, [vars(c) for c in cs])
import copy
c2 = copy.copy(cs[0])
c2.id = 99
print(cs[0].id, c2.id, vars(c2) is not vars(cs[0]))
