# RecursionError at the default limit, caught and recovered from
import sys
print(sys.getrecursionlimit())
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print(type(e).__name__, e)
def count_depth():
    depth = 0
    def go():
        nonlocal depth
        depth += 1
        go()
    try:
        go()
    except RecursionError:
        pass
    return depth
d = count_depth()
print(d > 900, d < 1001)
class Node:
    def __init__(self, child=None):
        self.child = child
    def total(self):
        return 1 + (self.child.total() if self.child else 0)
chain = None
for _ in range(5000):
    chain = Node(chain)
try:
    chain.total()
except RecursionError as e:
    print("method recursion:", type(e).__name__, e)
print("still working:", sum(range(10)))
sys.setrecursionlimit(200)
try:
    infinite(0)
except RecursionError as e:
    print("lower limit:", e)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
for bad in [0, -1, "x"]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
