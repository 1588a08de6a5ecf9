# Issue #4's recursion acceptance: the limit stops a recursion at exactly CPython's depth (the
# 90,000-deep half is deep_90000.py).
import sys


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def reached():
    count = 0

    def go():
        nonlocal count
        count += 1
        go()

    try:
        go()
    except RecursionError as e:
        return count, str(e)


print(sys.getrecursionlimit(), reached())
sys.setrecursionlimit(3000)
print(depth(2900), reached()[0])
sys.setrecursionlimit(50)
print(reached())
sys.setrecursionlimit(1000)
print(reached())
