# range objects: construction, indexing, slicing, containment, comparison, errors
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1], r[::2], r.start, r.stop, r.step)
print(range(5), range(0), range(-3), list(range(5, 0, -1)), list(range(0, -10, -3)), range(1, 10)[3:100])
print(8 in r, 9 in r, r.index(11), r.count(11), r.count(12), 2.0 in r, "x" in r)
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 10, 3) == range(1, 11, 3), range(2) == [0, 1])
big = range(10 ** 20)
print(len(range(2 ** 30)), big[-1], big[10 ** 19], 10 ** 19 in big, big.index(12345))
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
print(reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))), bool(range(0)), bool(range(1)))
print(hash(range(3)) == hash(range(0, 3, 1)), range(3).__reduce__()[1])
for c in [lambda: range(), lambda: range(1.0), lambda: range(1, 2, 0), lambda: range("a"), lambda: range(1, 2, 3, 4), lambda: r[100], lambda: r.index(4),
          lambda: range(stop=3), lambda: r["a"], lambda: range(3) < range(4)]:
    try:
        print(c())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
class I:
    def __index__(self):
        return 4
print(range(I()), range(I())[I() - 1] if False else range(I())[3])
print(repr(range(-2, 2)), str(range(0, 10, 2)))
