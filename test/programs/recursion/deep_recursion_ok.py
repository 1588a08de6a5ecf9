# recursion just under the limit succeeds; raising the limit allows deeper Python recursion
import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(950))
sys.setrecursionlimit(3000)
print(depth(2900), sys.getrecursionlimit())
def mutual_a(n):
    return n if n <= 0 else mutual_b(n - 1)
def mutual_b(n):
    return mutual_a(n - 1)
print(mutual_a(2500))
sys.setrecursionlimit(1000)
try:
    depth(2000)
except RecursionError as e:
    print(type(e).__name__, e)
