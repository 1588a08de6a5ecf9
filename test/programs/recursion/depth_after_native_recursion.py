# a RecursionError through native calls (map, sorted keys) leaves the recursion depth where it
# was: later recursion gets the whole limit again
import sys

def count(n=0):
    try:
        return count(n + 1)
    except RecursionError:
        return n

def via_map(n=0):
    try:
        return list(map(via_map, [n + 1]))
    except RecursionError:
        return n

def via_key(n=0):
    try:
        return sorted([1], key=lambda x: via_key(n + 1))
    except RecursionError:
        return n

def innermost(r):
    while isinstance(r, list):
        r = r[0]
    return r

print(count())
sys.setrecursionlimit(100)
print(count())
for f in (via_map, via_key):
    print(f.__name__, innermost(f()), count())
    try:
        sys.setrecursionlimit(1)
    except RecursionError as e:
        print(e)
sys.setrecursionlimit(1000)
