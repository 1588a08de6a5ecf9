# matrix traversals: spiral order, rotation, transposition in place, diagonal sums, Pascal's triangle
def spiral(m):
    out = []
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out
print(spiral([[1, 2, 3], [4, 5, 6], [7, 8, 9]]), spiral([[1, 2, 3, 4], [5, 6, 7, 8]]), spiral([]))
def rotate(m):
    return [list(r) for r in zip(*m[::-1])]
grid = [[1, 2], [3, 4]]
print(rotate(grid), rotate(rotate(grid)), rotate(rotate(rotate(rotate(grid)))) == grid)
sq = [[r * 4 + c for c in range(4)] for r in range(4)]
for i in range(4):
    for j in range(i + 1, 4):
        sq[i][j], sq[j][i] = sq[j][i], sq[i][j]
print(sq, sum(sq[i][i] for i in range(4)), sum(sq[i][3 - i] for i in range(4)))
row = [1]
tri = []
for _ in range(8):
    tri.append(row)
    row = [a + b for a, b in zip([0] + row, row + [0])]
for r in tri:
    print(" ".join(map(str, r)).center(30))
