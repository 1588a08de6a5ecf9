# dict subclasses and collections: defaultdict, OrderedDict, Counter, ChainMap, UserDict
from collections import defaultdict, OrderedDict, Counter, ChainMap, UserDict
dd = defaultdict(list)
dd["a"].append(1)
dd["b"]
print(dd, dict(dd), dd.default_factory, repr(defaultdict(int, {"x": 1})))
try:
    defaultdict(None)["missing"]
except KeyError as e:
    print(type(e).__name__, e)
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(list(od), od.popitem(last=False), od)
od.move_to_end("c", last=False)
print(od, od == OrderedDict(c=3, b=2), od == {"b": 2, "c": 3}, OrderedDict(b=2, c=3) == OrderedDict(c=3, b=2))
c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], sorted(c.elements()), c.total())
c.update("aaz")
c.subtract({"a": 10})
print(c, +c, -c)
print(Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3) - Counter(a=5), Counter(a=2) & Counter(a=1, b=1), Counter(a=1) | Counter(a=3))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps, cm.new_child({"c": 4})["c"], cm.parents)
cm["z"] = 0
print(cm.maps[0])
class Upper(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper(a=1)
u["b"] = 2
print(u, u.data, "A" in u, type(u).__name__)
class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
ld = LowerDict(A=1)
ld["B"] = 2
ld.update(C=3)
print(ld)
class CountingGet(dict):
    def __getitem__(self, k):
        return "overridden " + str(k)
cg = CountingGet(a=1)
print(cg["a"], cg.get("a"), dict(cg), list(cg.values()))
