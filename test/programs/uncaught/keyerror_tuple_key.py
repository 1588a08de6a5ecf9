# an uncaught KeyError whose key is a tuple: the message shows the tuple repr
grid = {(0, 0): "origin", (1, 0): "east"}
print(grid[(1, 0)])
print(grid[0, 1])
