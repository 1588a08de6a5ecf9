# UNPACK_EX with many targets before and after the star (EXTENDED_ARG in the oparg) and starred targets in for loops
before = ", ".join(f"v{i}" for i in range(200))
after = ", ".join(f"w{i}" for i in range(10))
ns = {}
exec(f"{before}, *rest, {after} = range(215)", ns)
print(ns["v0"], ns["v199"], ns["rest"], ns["w0"], ns["w9"])
exec(f"*head, {before} = range(202)", ns)
print(ns["head"], ns["v0"], ns["v199"])
try:
    exec(f"{before}, *rest = range(100)", ns)
except ValueError as e:
    print(type(e).__name__, e)
for first, *mid, last in [(1, 2, 3, 4), (5, 6), ("a", "b", "c")]:
    print(first, mid, last)
[a, *b], c = [1, 2, 3], 4
print(a, b, c)
