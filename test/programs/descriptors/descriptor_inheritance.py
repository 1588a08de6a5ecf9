# descriptors and inheritance: overriding in subclasses, descriptor on base found via MRO, __set_name__ per class
class Tracked:
    def __set_name__(self, owner, name):
        self.name = f"{owner.__name__}.{name}"
    def __get__(self, obj, objtype=None):
        return f"get {self.name} on {type(obj).__name__ if obj is not None else objtype.__name__}"
class Base:
    attr = Tracked()
    other = Tracked()
class Child(Base):
    other = "plain override"
class GrandChild(Child):
    attr = Tracked()
print(Base().attr, Child().attr, GrandChild().attr)
print(Base().other, Child().other, GrandChild().other)
print(Base.attr, GrandChild.attr)
class Counter:
    def __init__(self):
        self.count = 0
    def __get__(self, obj, objtype=None):
        self.count += 1
        return self.count
class Host:
    c = Counter()
h1, h2 = Host(), Host()
print(h1.c, h2.c, Host.c, Host.__dict__["c"].count)
class DataDesc:
    def __get__(self, obj, objtype=None):
        return "data"
    def __set__(self, obj, v):
        obj.__dict__["shadow"] = v
class P:
    x = DataDesc()
class Q(P):
    pass
q = Q()
q.x = 5
q.__dict__["x"] = "instance value ignored"
print(q.x, q.__dict__)
