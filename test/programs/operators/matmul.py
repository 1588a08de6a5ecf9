# @ and @= with a user-defined matrix
class M:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, o):
        if not isinstance(o, M):
            return NotImplemented
        cols = list(zip(*o.rows))
        return M([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __rmatmul__(self, o):
        if isinstance(o, (int, float)):
            return M([[o * v for v in r] for r in self.rows])
        return NotImplemented
    def __imatmul__(self, o):
        self.rows = (self @ o).rows
        return self
    def __repr__(self):
        return f"M({self.rows})"

a = M([[1, 2], [3, 4]])
b = M([[5, 6], [7, 8]])
print(a @ b, 2 @ a)
c = a
c @= b
print(c, a is c)
try:
    a @ 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 @ 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    x = 1
    x @= 2
except TypeError as e:
    print(type(e).__name__, e)
import operator
print(operator.matmul(a, b), operator.imatmul(M([[1]]), M([[2]])))
