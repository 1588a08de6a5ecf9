# __import__() and importlib basics from builtins
m = __import__("math")
print(m.__name__, m.floor(2.5))
p = __import__("os.path")
print(p.__name__)
j = __import__("json", fromlist=["dumps"])
print(j.__name__, j.dumps([1]))
c = __import__("collections.abc", fromlist=["Mapping"])
print(c.__name__, hasattr(c, "Mapping"))
import importlib
print(importlib.import_module("string").ascii_lowercase)
for args in [("no_such_module_at_all",), ("",), (".relative",), ("math", None, None, [], -1), (5,)]:
    try:
        print(__import__(*args))
    except (ImportError, ValueError, TypeError, KeyError) as e:
        print(type(e).__name__, e)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, e, "|", e.name)
try:
    import math.nothing
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
import sys
print("math" in sys.modules, type(sys.modules).__name__)
import math as m2, string as s2
print(m2 is m, s2.digits)
from os import path as osp, sep
print(osp.join("a", "b"), sep)
