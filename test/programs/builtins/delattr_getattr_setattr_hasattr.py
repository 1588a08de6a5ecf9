# getattr/setattr/delattr/hasattr
class C:
    cls_attr = "class"
c = C()
setattr(c, "x", 1)
print(getattr(c, "x"), getattr(c, "cls_attr"), getattr(c, "missing", "dflt"), getattr(c, "missing", None))
print(hasattr(c, "x"), hasattr(c, "nope"), hasattr(C, "cls_attr"))
delattr(c, "x")
print(hasattr(c, "x"))
setattr(c, "with space", 5)
print(getattr(c, "with space"), vars(c))
setattr(C, "added", lambda self: "method added")
print(c.added())
for call in [lambda: getattr(c, "missing"), lambda: getattr(c, 1), lambda: getattr(c), lambda: getattr(), lambda: getattr(c, "a", "b", "c"),
             lambda: setattr(c, "a"), lambda: setattr(c, 1, 2), lambda: setattr(1, "a", 2), lambda: delattr(c, "zz"), lambda: delattr(c),
             lambda: hasattr(c), lambda: hasattr(c, 5), lambda: delattr(1, "real"), lambda: setattr(c, "x", 1, 2), lambda: getattr(None, "x")]:
    try:
        print(call())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class S(str):
    pass
setattr(c, S("sub"), "str subclass name")
print(getattr(c, "sub"))
print(getattr(1, "real"), getattr("abc", "upper")(), getattr([], "__len__")())
print(getattr(c, "__class__").__name__, getattr(C, "__name__"), hasattr(c, "__dict__"))
import math
print(getattr(math, "pi") == math.pi, hasattr(math, "tau"))
