# list.sort detects any growth of the list during the sort, even when the items go again.
from functools import cmp_to_key
for kind in range(5):
    def mutating_cmp(x, y):
        if kind == 0: L.append(3); L.pop()
        elif kind == 1: L.append(3); del L[:]
        elif kind == 2: L.insert(0, 9); L.remove(9)
        elif kind == 3: L.extend([1, 2]); L.clear()
        else: L[:] = [5]; L[:] = []
        return (x > y) - (x < y)
    L = [1, 2]
    try:
        L.sort(key=cmp_to_key(mutating_cmp)); print('no error', L)
    except ValueError as e: print(kind, e, L)
L = [3, 1, 2]
L.sort(key=lambda x: (len(L), x)); print(L)
