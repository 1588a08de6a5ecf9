# match: mapping patterns, **rest, key lookups with get(), non-dict mappings
def mp(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return f"point({px}, {py})"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} extra={rest}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"

for v in [{"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5, "color": "red"}, {"type": "blob"}, {"x": 1}, {}, [("type", "point")], "str"]:
    print(v, "->", mp(v))

class Logged(dict):
    def get(self, key, default=None):
        print("  get", key)
        return super().get(key, default)
    def __getitem__(self, key):
        print("  getitem", key)
        return super().__getitem__(key)
print(mp(Logged(type="point", x=0, y=0)))

import collections
dd = collections.defaultdict(lambda: "default!")
dd["type"] = "point"
print(mp(dd), dict(dd))
od = collections.OrderedDict(type="circle", r=1)
print(mp(od))
import types
print(mp(types.MappingProxyType({"type": "circle", "r": 2})))

KEY = "k"
class Consts:
    K2 = "k2"
def value_keys(x):
    match x:
        case {Consts.K2: v}:
            return f"k2={v}"
        case {1: one, None: n, "t": t}:
            return (one, n, t)
    return None
print(value_keys({"k2": 9}), value_keys({1: "a", None: "b", "t": "c"}))
try:
    compile("match x:\n    case {'a': 1, 'a': 2}: pass\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
def dup_runtime(x):
    match x:
        case {Consts.K2: a, "k2": b}:
            return a, b
try:
    print(dup_runtime({"k2": 1}))
except ValueError as e:
    print(type(e).__name__, e)
