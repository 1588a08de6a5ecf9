# comprehension evaluation order, exceptions inside, and mutation of the source
log = []
def trace(tag, v):
    log.append(f"{tag}{v}")
    return v
res = [trace("e", x) for x in [trace("s", 1), trace("s", 2)] if trace("c", x) > 1]
print(res, log)
log.clear()
res = [(trace("a", i), trace("b", j)) for i in range(2) for j in range(2) if trace("if", i + j) != 1]
print(res, log)
try:
    [1 // (x - 2) for x in range(5)]
except ZeroDivisionError as e:
    print("raised mid-comprehension:", e)
src = [1, 2, 3]
out = [src.append(x) or x for x in src[:]]
print(out, src)
d = {1: "a"}
try:
    [d.__setitem__(k + 1, "b") for k in d]
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1}
try:
    {s.add(x + 10) for x in s}
except RuntimeError as e:
    print(type(e).__name__, e)
it = iter(range(10))
print([x for x in it if x < 3], list(it))
print([x for x in iter(lambda: log.pop() if log else None, None)])
