# binary search variants implemented by hand and checked against bisect
import bisect, random
def lower_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
def upper_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) >> 1
        if a[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return lo
def search_rotated(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        if a[lo] <= a[mid]:
            if a[lo] <= x < a[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if a[mid] < x <= a[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1
rng = random.Random(3)
a = sorted(rng.randint(0, 30) for _ in range(40))
ok = all(lower_bound(a, x) == bisect.bisect_left(a, x) and upper_bound(a, x) == bisect.bisect_right(a, x) for x in range(-2, 33))
print(ok, a[:10])
rot = [15, 18, 22, 3, 4, 8, 10]
print([search_rotated(rot, x) for x in [3, 15, 10, 22, 5]])
def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo
import math
print(all(isqrt(n) == math.isqrt(n) for n in list(range(200)) + [10 ** 30 + 7, 2 ** 127]))
