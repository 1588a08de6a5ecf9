# an uncaught IndexError from a nested list comprehension
rows = [[1, 2, 3], [4, 5], [6, 7, 8]]
print([[row[i] for row in rows] for i in range(2)])
print([[row[i] for row in rows] for i in range(3)])
