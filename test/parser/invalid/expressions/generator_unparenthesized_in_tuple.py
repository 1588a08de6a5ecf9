x = 1, y for y in z
