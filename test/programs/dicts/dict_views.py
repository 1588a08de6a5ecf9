# dict views: keys/values/items, set operations, dynamic updates, mapping attribute
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, type(k).__name__, type(v).__name__, type(i).__name__)
d["d"] = 4
print(list(k), list(v), len(i), "a" in k, 2 in v, ("a", 1) in i, ("a", 2) in i)
print(k & {"a", "z"}, k | {"z"} == {"a", "b", "c", "d", "z"}, k - {"a"} == {"b", "c", "d"}, k ^ {"a", "q"} == {"b", "c", "d", "q"})
print(i & {("a", 1)}, k.isdisjoint({"x"}), k <= {"a", "b", "c", "d", "e"}, k == {"a", "b", "c", "d"}, i == {("a", 1), ("b", 2), ("c", 3), ("d", 4)})
print(k.mapping, type(k.mapping).__name__, k.mapping["a"])
try:
    k.mapping["new"] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    v & v
except TypeError as e:
    print(type(e).__name__, e)
print(v == v, v == d.values(), list(reversed(k)), list(reversed(v)), list(reversed(i)))
try:
    for key in d:
        d["e"] = 5
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for key in d.keys():
        del d["a"]
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    {("a", 1): 0}.items() & {([], 1)}
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(d.items(), key=lambda kv: -kv[1]))
print(len({}.keys()), bool({}.values()), list({}.items()))
it = iter(d.items())
print(next(it), it.__length_hint__())
print(repr({}.keys()), repr({1: 2}.items()))
