# oracle: python3
# Issue #4's recursion acceptance: under setrecursionlimit(100000) a 90,000-deep Python recursion
# returns correctly (the wasm oracle runs out of stack here; CPython 3.11 and 3.14 agree on this).
import sys


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def down(n, acc):
    if n == 0:
        return acc
    return down(n - 1, acc + [n] if n % 10000 == 0 else acc)


sys.setrecursionlimit(100000)
print(depth(90000))
print(down(90000, []))
