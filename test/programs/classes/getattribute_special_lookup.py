# special method lookup bypasses __getattribute__ and instance attributes; explicit dunder calls do not
class Spy:
    def __getattribute__(self, name):
        print("  __getattribute__", name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 3
    def __repr__(self):
        return "Spy()"
s = Spy()
print(len(s))
print(s.__len__())
print(repr(s))
class InstanceDunder:
    pass
i = InstanceDunder()
i.__len__ = lambda: 99
i.__repr__ = lambda: "instance repr"
try:
    print(len(i))
except TypeError as e:
    print(type(e).__name__, e)
print(i.__len__(), repr(i)[:16])
class Meta(type):
    def __getattr__(cls, name):
        return f"Meta.__getattr__({name})"
class WithMetaGetattr(metaclass=Meta):
    pass
print(WithMetaGetattr.anything, getattr(WithMetaGetattr, "dyn"))
try:
    len(WithMetaGetattr)
except TypeError as e:
    print(type(e).__name__, e)
class AddViaClass:
    pass
AddViaClass.__add__ = lambda self, o: "added later"
AddViaClass.__bool__ = lambda self: False
print(AddViaClass() + 1, bool(AddViaClass()))
del AddViaClass.__add__
try:
    AddViaClass() + 1
except TypeError as e:
    print(type(e).__name__, e)
