# IMPORT_NAME / IMPORT_FROM / import * (CALL_INTRINSIC_1 INTRINSIC_IMPORT_STAR) and __all__
from string import *
print(ascii_lowercase[:5], digits, "Template" in dir(), "_re" in dir())
from os.path import join, basename as bn
print(join("a", "b"), bn("/x/y.txt"))
import os.path as osp
print(osp.splitext("f.tar.gz"))
import collections.abc
print(collections.abc.Mapping.__name__)
from collections import (OrderedDict,
                         defaultdict)
print(OrderedDict.__name__, defaultdict.__name__)
def local_import():
    from math import sqrt, floor as fl
    import json
    return sqrt(16), fl(2.7), json.dumps({"a": 1})
print(local_import())
try:
    exec("def f():\n    from math import *\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
import types, sys
mod = types.ModuleType("fake_mod")
mod.__all__ = ["visible"]
mod.visible = "v"
mod.hidden = "h"
mod._private = "p"
sys.modules["fake_mod"] = mod
from fake_mod import *
print(visible, "hidden" in dir())
mod2 = types.ModuleType("fake_mod2")
mod2.public = 1
mod2._private = 2
sys.modules["fake_mod2"] = mod2
from fake_mod2 import *
print(public, "_private" in dir())
mod3 = types.ModuleType("fake_mod3")
mod3.__all__ = ["missing_name"]
sys.modules["fake_mod3"] = mod3
try:
    from fake_mod3 import *
except AttributeError as e:
    print(type(e).__name__, e)
mod4 = types.ModuleType("fake_mod4")
mod4.__all__ = [1]
sys.modules["fake_mod4"] = mod4
try:
    from fake_mod4 import *
except TypeError as e:
    print(type(e).__name__, e)
