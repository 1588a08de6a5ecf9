# insertion order, equality ignores order, deletion and reinsertion, key identity vs equality
d = {}
for key in ["z", "a", "m", 3, 1.5, (1, 2), None, True]:
    d[key] = str(key)
print(d)
del d["a"]
d["a"] = "again"
print(list(d))
d["z"] = "updated keeps position"
print(list(d)[0], d["z"])
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, {1: "a"} == {1.0: "a"}, {1: [1]} == {1: [1]}, {} == {}, {"a": 1} != {"a": 1.0})
print({1: 1} == [(1, 1)], dict([(1, 1)]) == {1: 1})
try:
    {1: 1} < {2: 2}
except TypeError as e:
    print(type(e).__name__, e)
n = float("nan")
dn = {n: "nan key"}
print(dn[n], n in dn, float("nan") in dn)
e = {True: "bool"}
e[1] = "int overwrites value, key stays True"
e[1.0] = "float too"
print(e)
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], big[999])
big.update((i, -i) for i in range(5))
print(list(big.items())[-5:])
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        print(f"  __eq__({self.v}, {other.v})")
        return self.v == other.v
kd = {Key(1): "one"}
print(kd[Key(1)])
print(len({Key(1): 1, Key(1): 2}))
