# generator expressions: evaluation time of the first iterable, nesting, conditions
def src(name, items):
    print(f"  evaluating {name}")
    return items

g = (x * 2 for x in src("outer", [1, 2, 3]))
print("created")
print(list(g))
g2 = (x + y for x in src("first", [1, 2]) for y in src("second", [10, 20]))
print("created 2")
print(list(g2))
try:
    (x for x in 5)
except TypeError as e:
    print("eager error:", type(e).__name__, e)
g3 = (1 / x for x in [1, 0])
print(next(g3))
try:
    next(g3)
except ZeroDivisionError as e:
    print("lazy error:", e)
print(sum(x for x in range(5) if x % 2), tuple(c for c in "hey"), sorted(x for x in {3, 1, 2}))
print(list((i, j) for i in range(3) for j in range(i)))
print(list(x for x in range(20) if x % 2 if x % 3))
gen_of_gens = ((i * j for j in range(3)) for i in range(3))
print([list(g) for g in gen_of_gens])
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in []), next(x for x in "abc" if x > "a"))
print(dict((k, v) for k, v in zip("ab", [1, 2])), set(x % 3 for x in range(10)))
print(" ".join(str(i) for i in range(4)), max(len(s) for s in ["a", "abc"]))
print(list(zip((x for x in "ab"), (y for y in range(10)))))
