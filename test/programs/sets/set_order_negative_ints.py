# oracle: python3
# set iteration order with negative ints: hash(-1) == hash(-2) == -2, and the probe sequence uses the
# 64-bit unsigned hash, so the 32-bit wasm oracle differs; python3 (3.11) answers, as its set algorithm
# is 3.14's.  Sets are built at run time (a constant set display's frozenset is made differently by 3.11's compiler).
print(set([-1, -2, 0, 1]))
print(hash(-1), hash(-2), hash(-1) == hash(-2))
s = set()
for i in [-1, -2, -3, -4, 5, -9, -17, 33]:
    s.add(i)
print(s)
s.discard(-2)
s.add(-2)
print(s, -1 in s, -2 in s)
print(set(range(-10, 10, 3)), frozenset(range(-20, 0, 7)))
print(set([-2**40, 2**40, -1, -2**63, 2**63 - 1]))
d = {}
for k in [-1, -2, -3, 0]:
    d[k] = k * k
print(d, set(d))
