# list equality with NaN and identity shortcuts, __eq__ calls during comparisons, sorting with key=None and reverse
nan = float("nan")
a = [nan]
print(a == a, a == [nan], [nan] == [float("nan")], nan in a, a.count(nan), a.index(nan))
class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"  eq({self.v}, {getattr(other, 'v', other)})")
        return isinstance(other, Loud) and self.v == other.v
    __hash__ = None
x, y = Loud(1), Loud(1)
print([x] == [y])
print([x] == [x])
print(x in [y], [x, y].index(y), [x].count(y))
l1 = [1, 2, [3, 4]]
l2 = [1, 2, [3, 5]]
print(l1 < l2, l1 == l2, max(l1[:2]), min([[2], [1, 9]]))
print(sorted([3, 1, 2], key=None, reverse=True), sorted(["b", "A", "c"], reverse=True))
