# list comparisons, concatenation, repetition, membership, copying, nesting
a = [1, 2, 3]
b = [1, 2, 4]
print(a < b, a == [1, 2, 3], a != b, [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99], a <= a, a >= b)
print(a + b, a * 2, 2 * a, a * 0, a * -1, [[]] * 3, [None] * 2)
rows = [[0] * 2] * 2
rows[0][0] = 1
print(rows)
rows2 = [[0] * 2 for _ in range(2)]
rows2[0][0] = 1
print(rows2)
print(3 in a, 4 not in a, [1, 2] in [[1, 2], 3], len(a), min(a), max(a), sum(a))
import copy
nested = [[1, 2], [3]]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[0].append(99)
print(shallow, deep, shallow is not nested, shallow[0] is nested[0], deep[0] is nested[0])
print(list(reversed(a)), sorted(b, reverse=True), a[::-1], list(enumerate(a)))
c = a
c += [4]
print(a, c is a)
d = a
d = d + [5]
print(a, d)
try:
    a + (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] < ()
except TypeError as e:
    print(type(e).__name__, e)
print([1, [2, [3]]] == [1, [2, [3]]], [float("nan")] == [float("nan")], [1] == [1.0], [True] == [1])
e = [3, 1, 2]
print(e.sort() is None, e, sorted(e) is not e)
print(repr([1, "a", None, 1.5, [2], (3,), {4: 5}]), str([]), [1, 2].__repr__())
class L(list):
    def __repr__(self):
        return "L" + super().__repr__()
l = L([1, 2])
print(l, l + [3], type(l + [3]).__name__, type(l * 2).__name__, type(l[:1]).__name__, l == [1, 2])
