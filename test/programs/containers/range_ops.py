r = range(0, 20, 3)
print(r, len(r), list(r), r[2], r[-1], r[1:4], r[::-1], r[::2], r[10:], r[-100:100:5], list(r[::-3]))
print(3 in r, 4 in r, 18 in r, 21 in r, 3.0 in r, True in range(2), r.index(9), r.count(9), r.count(4), r.count(3.0))
print(range(5) == range(5), range(0) == range(2, 2), range(0, 3, 2) == range(0, 4, 2), range(1, 2, 5) == range(1, 3, 7), range(3) != range(4))
print(hash(range(0)) == hash(range(5, 5)), hash(range(1, 2)) == hash(range(1, 3, 10)), hash(range(3)) == hash(range(0, 3, 1)))
print(range(10, 0, -2), list(range(10, 0, -2)), list(reversed(range(10, 0, -2))), list(reversed(range(0))), range(-5), list(range(-3, 3)))
big = range(2 ** 100, 2 ** 100 + 10, 3)
print(big, len(big), big[1], big[-1], 2 ** 100 + 3 in big, list(big), list(reversed(big)), big.index(2 ** 100 + 6))
huge = range(2 ** 70)
print(huge[2 ** 60], huge[-1], huge[2 ** 69:2 ** 69 + 3], 2 ** 69 in huge, huge.index(12345))
for bad in ["len(huge)", "range(1, 2, 0)", "range()", "range(1, 2, 3, 4)", "range(1.5)", "range('a')", "range(x=1)",
            "r[7]", "r['a']", "r.index(4)", "r.index('a')", "range(3) < range(4)", "huge[2**70]"]:
    try:
        print(bad, '->', eval(bad))
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
print(range(3).__reduce__(), range(1, 9, 2).start, range(1, 9, 2).stop, range(1, 9, 2).step, bool(range(0)), bool(range(1)))
it = iter(range(5))
next(it)
print(type(it).__name__, it.__length_hint__(), it.__reduce__(), list(it), it.__reduce__())
it = iter(range(10))
it.__setstate__(7)
print(list(it))
it = iter(range(2 ** 65, 2 ** 65 + 3))
print(type(it).__name__, next(it), it.__length_hint__(), it.__reduce__())
print(type(iter(range(2 ** 64))).__name__, type(reversed(range(-2 ** 63, 0))).__name__, type(iter(range(10 ** 20, 10 ** 20 + 1))).__name__)
print(list(range(5))[range(1, 3)[0]], range(0, 10)[3:7][1], range(5)[True])
class Idx:
    def __index__(self):
        return 3
print(range(Idx()), range(10)[Idx()], list(range(10))[Idx()], (1, 2, 3, 4)[Idx()])
print(sum(range(10 ** 6)), max(range(-5, 5, 3)), min(range(7, 0, -2)))
