# every dict method, with results and errors
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("c"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
d.update({"x": 9}, y=8)
d.update([("z", 7)])
d.update(w=6)
print(d)
print(d.popitem(), d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
c = d.copy()
c["new"] = 1
print(d, c)
print(dict.fromkeys("abc", 0), dict.fromkeys([]), {}.fromkeys([1, 2]))
d.clear()
print(d, len(d))
for call in [lambda: {}.popitem(), lambda: {}.pop(), lambda: {}.get(), lambda: {}.get(1, 2, 3), lambda: {}.update(1), lambda: {}.update([1]),
             lambda: {}.update({}, {}), lambda: {}.setdefault(), lambda: {}.setdefault([], 1), lambda: {}.fromkeys(), lambda: {}.keys(1), lambda: {}.copy(1),
             lambda: {}.clear(1), lambda: {}.items(1), lambda: {}.update([(1, 2, 3)]), lambda: {}[[]]]:
    try:
        print(call())
    except (TypeError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
e = {1: "one"}
print(e.get(1.0), e.get(True), 1.0 in e, e[True])
class Missing(dict):
    def __missing__(self, k):
        return k * 2
m = Missing(a=1)
print(m["a"], m["bb"], m.get("bb"), "bb" in m, m)
print({**{"x": 1}, "y": 2} | {"x": 3}, {"a": 1} | {"a": 2})
f = {"k": 1}
f |= {"j": 2}
f |= [("i", 3)]
print(f)
try:
    f | [("h", 4)]
except TypeError as e:
    print(type(e).__name__, e)
print(reversed({"a": 1, "b": 2}).__class__.__name__, list(reversed({"a": 1, "b": 2})))
