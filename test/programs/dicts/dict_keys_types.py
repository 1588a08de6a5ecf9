# dict keys of many hashable types: equality-based lookups across int/float/bool/complex, tuples, frozensets, None, custom objects
d = {}
d[1] = "int one"
d[1.0] = "float one overwrote"
d[True] = "bool overwrote"
d[1 + 0j] = "complex overwrote"
print(d, len(d))
d2 = {(1, 2): "tuple", frozenset({1}): "frozenset", None: "none", "": "empty str", b"": "empty bytes", 0: "zero", -0.0: "neg zero"}
print(d2, d2[frozenset([1])], d2[0.0], d2[False], d2[(1, 2)])
class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n % 3
    def __eq__(self, o):
        return isinstance(o, K) and self.n == o.n
    def __repr__(self):
        return f"K{self.n}"
d3 = {K(i): i for i in range(6)}
print(d3, d3[K(4)], K(7) in d3, len(d3))
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{}: 2}
except TypeError as e:
    print(type(e).__name__, e)
