# nested comprehensions producing matrices, flattening, transposing and filtering with conditions on outer variables
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix)
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2 == 0])
print([[x for x in row if x > i] for i, row in enumerate(matrix)])
print({i: {j: i * j for j in range(i)} for i in range(4)})
print(sorted({(i, j) for i in range(3) for j in range(3) if i < j}))
print([(i, [j for j in range(i) if j % 2]) for i in range(5)])
words = ["apple", "banana", "cherry"]
print({w: {c: w.count(c) for c in set(w) if w.count(c) > 1} for w in words})
print([c for w in words for c in w if c in "aeiou"][:10])
print(sum(sum(row) for row in matrix), max(max(row) for row in matrix), [list(map(str, row)) for row in matrix][0])
print([[1 if i == j else 0 for j in range(4)] for i in range(4)])
