# oracle: python3
# (64-bit: indices past 2**31, which the 32-bit oracle cannot take; 3.11 and 3.14 agree here)
# bisect over sequences longer than 2**53 items: indices stay exact.
import bisect, sys

n = 2**63 - 1
data = range(n - 1)
print(bisect.bisect_left(data, n - 3), bisect.bisect_right(data, n - 3))
print(bisect.bisect_left(data, n - 3, n - 10, n), bisect.bisect_right(data, n - 3, n - 10, n))
print(bisect.bisect_left(data, 2**60 + 7), bisect.bisect_right(data, -1))

class Huge:
    def __len__(self):
        return 2**62
    def __getitem__(self, i):
        return i

print(bisect.bisect_left(Huge(), 2**61 + 12345))
print(bisect.bisect([1, 2, 3], 2), bisect.bisect_left([1, 2, 2, 3], 2, 1, 3))
try:
    bisect.bisect_left(data, 5, 2**63)
except OverflowError as e:
    print('OverflowError:', e)
