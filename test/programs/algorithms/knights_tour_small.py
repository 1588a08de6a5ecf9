# Warnsdorff's heuristic for a knight's tour on a 6x6 board with deterministic tie-breaking
N = 6
moves = [(2, 1), (1, 2), (-1, 2), (-2, 1), (-2, -1), (-1, -2), (1, -2), (2, -1)]
board = [[0] * N for _ in range(N)]
def neighbors(r, c):
    return [(r + dr, c + dc) for dr, dc in moves if 0 <= r + dr < N and 0 <= c + dc < N and board[r + dr][c + dc] == 0]
r, c = 0, 0
board[r][c] = 1
for step in range(2, N * N + 1):
    options = neighbors(r, c)
    if not options:
        break
    r, c = min(options, key=lambda p: (len(neighbors(*p)), p))
    board[r][c] = step
for row in board:
    print(" ".join(f"{v:2d}" for v in row))
print("complete" if all(all(row) for row in board) else "stuck", max(max(row) for row in board))
