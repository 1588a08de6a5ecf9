# getattr/hasattr with properties raising, __getattr__ raising non-AttributeError, defaults and None
class P:
    @property
    def attr_error(self):
        raise AttributeError("inner attribute error")
    @property
    def value_error(self):
        raise ValueError("value error in property")
    def __getattr__(self, name):
        if name == "dyn":
            return "dynamic"
        if name == "boom":
            raise KeyError("boom from __getattr__")
        raise AttributeError(name)
p = P()
print(hasattr(p, "attr_error"), getattr(p, "attr_error", "default"), p.attr_error if False else "")
try:
    p.attr_error
except AttributeError as e:
    print("AttributeError", e)
print(p.dyn, hasattr(p, "dyn"), getattr(p, "nothing", None))
for name in ["value_error", "boom"]:
    try:
        hasattr(p, name)
    except (ValueError, KeyError) as e:
        print(name, "->", type(e).__name__, e)
    try:
        getattr(p, name, "default not used for non-AttributeError")
    except (ValueError, KeyError) as e:
        print(name, "getattr ->", type(e).__name__)
print(getattr(p, "dyn", None), getattr(None, "x", "none-default"), getattr(1, "__class__").__name__)
