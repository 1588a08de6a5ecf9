# safe and unsafe mutation during dict iteration; updating values allowed; copying keys first
d = {"a": 1, "b": 2, "c": 3}
for k in d:
    d[k] *= 10
print(d)
for k in list(d):
    if d[k] > 15:
        del d[k]
print(d)
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
e = {1: "x"}
try:
    for k, v in e.items():
        e.pop(k)
        e[k] = v
except RuntimeError as err:
    print(type(err).__name__, err)
print(e)
f = dict.fromkeys(range(5))
for k in f.copy():
    f.pop(k)
print(f)
g = {"k": 1}
it = iter(g)
g["k"] = 2
print(next(it), g)
