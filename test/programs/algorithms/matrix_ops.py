# matrices as lists of lists: multiply, transpose, determinant (Fraction), inverse, identity checks
from fractions import Fraction
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m):
    return [list(r) for r in zip(*m)]
def det(m):
    m = [[Fraction(x) for x in row] for row in m]
    n, d = len(m), Fraction(1)
    for c in range(n):
        p = next((r for r in range(c, n) if m[r][c] != 0), None)
        if p is None:
            return Fraction(0)
        if p != c:
            m[c], m[p] = m[p], m[c]
            d = -d
        d *= m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            m[r] = [a - f * b for a, b in zip(m[r], m[c])]
    return d
def inverse(m):
    n = len(m)
    aug = [[Fraction(x) for x in row] + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(aug[r][c]))
        aug[c], aug[p] = aug[p], aug[c]
        pv = aug[c][c]
        aug[c] = [x / pv for x in aug[c]]
        for r in range(n):
            if r != c:
                f = aug[r][c]
                aug[r] = [a - f * b for a, b in zip(aug[r], aug[c])]
    return [row[n:] for row in aug]
A = [[2, 1, 1], [1, 3, 2], [1, 0, 0]]
B = [[1, 2], [3, 4], [5, 6]]
print(matmul(A, B), transpose(B), det(A), det([[1, 2], [2, 4]]), det([[0, 1], [1, 0]]))
inv = inverse(A)
print([[str(x) for x in row] for row in inv])
print(matmul(A, inv) == [[1, 0, 0], [0, 1, 0], [0, 0, 1]])
def mat_pow(m, k):
    result = [[int(i == j) for j in range(len(m))] for i in range(len(m))]
    while k:
        if k & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        k >>= 1
    return result
print(mat_pow([[1, 1], [1, 0]], 90)[0][1])
print([[round(x, 3) for x in row] for row in matmul([[0.1, 0.2], [0.3, 0.4]], [[1.5, 0], [0, 2.5]])])
