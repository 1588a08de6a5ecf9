# tuple comparison short-circuits element by element; hashing of nested tuples; tuples containing unhashables
class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print(f"  eq {self.v}")
        return self.v == o.v
    def __lt__(self, o):
        print(f"  lt {self.v}")
        return self.v < o.v
    __hash__ = object.__hash__
a = (1, Loud(2), Loud(3))
b = (1, Loud(2), Loud(4))
print(a < b)
print((0, Loud(9)) < (1, Loud(0)))
print(hash((1, (2, (3,)))) == hash((1, (2, (3,)))), (1, 2) == (1.0, 2.0), hash((1, 2)) == hash((1.0, 2.0)))
t = ([1],)
try:
    hash(t)
except TypeError as e:
    print(type(e).__name__, e)
print({(1, 2): "ok"}.get((1.0, 2.0)), (1, [2]) == (1, [2]), () < (1,), (1,) < (1, 0))
