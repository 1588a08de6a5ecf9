# maze solving on a text grid with BFS and path reconstruction, printing the solved maze
maze = """
##########
#S   #   #
# ## # # #
#  #   # #
## ##### #
#      #E#
# #### # #
#      # #
##########
""".strip().splitlines()
grid = [list(r) for r in maze]
start = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "S")
end = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "E")
from collections import deque
prev = {start: None}
q = deque([start])
while q:
    cur = q.popleft()
    if cur == end:
        break
    r, c = cur
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nxt = (r + dr, c + dc)
        if grid[nxt[0]][nxt[1]] != "#" and nxt not in prev:
            prev[nxt] = cur
            q.append(nxt)
path = []
node = end
while node:
    path.append(node)
    node = prev.get(node)
path.reverse()
for r, c in path[1:-1]:
    grid[r][c] = "."
print(len(path) - 1, "steps")
print("\n".join("".join(row) for row in grid))
print(len(prev), "cells explored")
