# recursion through repr/eq/hash of self-referential containers
a = [1]
a.append(a)
print(a, repr(a), str(a))
d = {"k": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
s = [[]]
s[0].append(s)
print(s)
b = [1]
b.append(b)
print(a == a, a is a[1], b[1][1][1] is b)
nested = []
cur = nested
for _ in range(100):
    cur.append([])
    cur = cur[0]
print(str(nested)[:20], len(str(nested)))
import json
try:
    json.dumps(a)
except ValueError as e:
    print(type(e).__name__, e)
import copy
c = copy.deepcopy(a)
print(c[1] is c, c is not a)
