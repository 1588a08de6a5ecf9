# grouping, counting and inverting with dicts: setdefault, get, defaultdict, comprehension inversions
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inverted = {}
for k, v in counts.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
from collections import defaultdict
nested = defaultdict(lambda: defaultdict(int))
for a, b in [("x", "p"), ("x", "q"), ("y", "p"), ("x", "p")]:
    nested[a][b] += 1
print({k: dict(v) for k, v in nested.items()})
table = {"b": 2, "a": 1, "c": 3}
print(dict(sorted(table.items())), dict(sorted(table.items(), key=lambda kv: kv[1], reverse=True)), {v: k for k, v in table.items()})
merged = {**table, "a": 100, "d": 4}
print(merged, table | {"z": 26}, list(merged.keys())[-1])
