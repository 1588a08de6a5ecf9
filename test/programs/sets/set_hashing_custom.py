# sets with custom __hash__/__eq__: collisions, equality calls, mutation hazards
class K:
    def __init__(self, v, h):
        self.v = v
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return f"K({self.v})"
s = {K(1, 0), K(2, 0), K(3, 0), K(1, 0)}
print(len(s), sorted(s, key=lambda k: k.v), K(2, 0) in s, K(2, 1) in s)
print({K(i, i % 2) for i in range(6)} == {K(i, i % 2) for i in reversed(range(6))})
class AlwaysEqual:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return True
print(len({AlwaysEqual(), AlwaysEqual(), 1}))
print({1, 1.0, True}, {0, 0.0, False, -0.0}, len({float("nan"), float("nan")}))
nan = float("nan")
print(len({nan, nan}), nan in {nan})
class Mutable:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return self.v == o.v
m = Mutable(1)
st = {m}
m.v = 2
print(m in st, Mutable(1) in st, Mutable(2) in st, len(st))
class RaisingHash:
    def __hash__(self):
        raise RuntimeError("no hash for you")
try:
    {RaisingHash()}
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    RaisingHash() in {1}
except RuntimeError as e:
    print(type(e).__name__, e)
print(set.__hash__, frozenset([1]).__hash__() == hash(frozenset([1])))
print({frozenset([1, 2]), frozenset([2, 1])})
