# len() and __len__ are exact up to sys.maxsize: range lengths and __len__ results beyond 2**53.
import sys
big = sys.maxsize
print(range(big).__len__() == big, len(range(big)) == big, len(range(1, big)) == big - 1)
print(len(range(0, big, 3)) == (big + 2) // 3, range(-big, big, 7).__len__() == (2 * big + 6) // 7)
for r in (range(big + 1), range(-big, big)):
    for f in (len, lambda r: r.__len__()):
        try:
            f(r)
        except OverflowError as e:
            print(e)
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
for n in (big, big - 1, big // 3, 2, big + 1, -1):
    try:
        print(len(L(n)) == n, L(n).__len__() == n, bool(L(n)))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(len([1, 2, 3]), [1, 2].__len__(), 'abc'.__len__(), len(range(10)))
r = range(big)
print(r[big - 1] == big - 1, r.index(big // 2) == big // 2, r.count(big - 2), r[-1] == big - 1)
