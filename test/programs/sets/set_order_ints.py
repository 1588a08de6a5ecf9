# set iteration order for ints and mixtures of small ints (hash(i) == i, identical on all builds)
print({5, 3, 9, 1, 7})
print({100, 10, 1000, 1})
print(set(range(20, 0, -3)))
s = set()
for i in [31, 15, 7, 3, 1, 63]:
    s.add(i)
print(s)
for i in [15, 3]:
    s.discard(i)
print(s)
s.add(15)
print(s)
print({8, 16, 24, 32, 40, 48, 56, 64})
print(set(range(0, 100, 9)))
print({1.0, 2, 3.0}, {True, 2, 0}, {2 ** 20, 1, 2 ** 10})
big = set(range(50))
for i in range(0, 50, 3):
    big.remove(i)
print(big)
print(list({9, 8, 7}), sorted({9, 8, 7}), [x for x in {33, 1, 65}])
print(frozenset({4, 2, 8, 6}), {(1, 2), (0, 0)} == {(0, 0), (1, 2)})
u = {1, 2, 3} | {30, 20, 10}
print(u, {5, 6} & {6, 5, 4}, {1, 2, 3, 4} - {2, 4}, {1, 2} ^ {2, 3, 9})
e = {x * 37 % 101 for x in range(15)}
print(e)
