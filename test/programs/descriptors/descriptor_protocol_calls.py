# exactly which descriptor methods run for obj.attr, Cls.attr, obj.attr = v, del obj.attr, and super().attr
log = []
class D:
    def __get__(self, obj, objtype=None):
        log.append(("get", obj is not None, objtype.__name__ if objtype else None))
        return "value"
    def __set__(self, obj, value):
        log.append(("set", value))
    def __delete__(self, obj):
        log.append(("delete",))
class Base:
    attr = D()
class Child(Base):
    def via_super(self):
        return super().attr
c = Child()
c.attr
Child.attr
c.attr = 1
del c.attr
c.via_super()
getattr(c, "attr")
setattr(c, "attr", 2)
delattr(c, "attr")
Base.__dict__["attr"].__get__(None, Child)
print("\n".join(map(str, log)))
