# list comprehensions: filters, nesting, multiple for clauses, unpacking targets
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x, 3)])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([list(col) for col in zip(*matrix)])
print([v for row in matrix for v in row if v % 2])
pairs = [(1, "a"), (2, "b"), (3, "c")]
print([f"{n}{s}" for n, s in pairs])
print([a + b + c for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]])
print([first for first, *rest in ["abc", "de", "f"]])
print([x if x > 2 else -x for x in range(5)])
print([y for x in [[1, [2]], [3, [4]]] for y in x[1]])
print([i for i in "hello" if i not in "aeiou"])
print([len(w) for w in "the quick brown fox".split()])
print([[] for _ in range(3)])
nested = [[1, 2], [3], []]
print([x for sub in nested for x in sub], sum(len(s) for s in nested))
print([x for x in range(5)][::-1], [x for x in []], [x for x in range(3) if False])
print([lambda: 1 for _ in range(2)].__len__(), [(yield_ := 3) for _ in range(1)] if False else "ok")
print([i * j for i in range(1, 4) for j in range(1, 4) if i != j])
print([s.upper() for s in ["a", "b"]] + [s for s in ("c",)])
words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == w[::-1]])
print([[c for c in w] for w in ["ab", "cd"]])
data = {"a": 1, "b": 2}
print([k * v for k, v in data.items()], [k for k in data], [data[k] for k in sorted(data, reverse=True)])
print([(i, c) for i, c in enumerate("xyz", start=10)])
print([n for n in range(2, 30) if all(n % d for d in range(2, int(n ** 0.5) + 1))])
