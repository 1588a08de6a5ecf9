# unpacking in comprehension targets: nested tuples, starred targets, dict items, enumerate/zip combos
pairs = [(1, "a"), (2, "b"), (3, "c")]
print([n for n, _ in pairs], {s: n for n, s in pairs}, [f"{i}{s}" for i, (n, s) in enumerate(pairs)])
rows = [(1, 2, 3, 4), (5, 6), (7,)]
print([(head, tail) for head, *tail in rows], [last for *_, last in rows])
nested = [((1, 2), (3, 4)), ((5, 6), (7, 8))]
print([a + d for (a, b), (c, d) in nested], {(a, c) for (a, _), (c, _) in nested} == {(1, 3), (5, 7)})
matrix = [[1, 2], [3, 4]]
print([x * y for row in matrix for x, y in [row]], [[c for c in r] for r in zip(*matrix)])
d = {"a": [1, 2], "b": [3]}
print([(k, v) for k, vs in d.items() for v in vs], {k: len(vs) for k, vs in d.items()})
try:
    [a for a, b in [(1, 2, 3)]]
except ValueError as e:
    print(type(e).__name__, e)
