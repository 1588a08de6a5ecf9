# list.sort failure modes: exceptions during comparison, mutation during sort, key errors
class Bad:
    def __init__(self, v, limit):
        self.v = v
        self.limit = limit
    def __lt__(self, other):
        Bad.count += 1
        if Bad.count > self.limit:
            raise ValueError("boom at %d" % Bad.count)
        return self.v < other.v
    def __repr__(self):
        return str(self.v)

for limit in [0, 1, 3, 10, 50, 200]:
    Bad.count = 0
    data = [Bad(v, limit) for v in [9, 3, 7, 1, 8, 2, 6, 4, 5, 0] * 5]
    try:
        data.sort()
        print("sorted", data)
    except ValueError as e:
        print(e, data)
    Bad.count = 0
    data = [Bad(v, limit) for v in [9, 3, 7, 1, 8, 2, 6, 4, 5, 0] * 5]
    try:
        data.sort(reverse=True)
        print("sorted", data)
    except ValueError as e:
        print(e, data)

lst = [3, 1, 2]
def k(x):
    lst.append(x)
    return x
try:
    lst.sort(key=k)
except ValueError as e:
    print(type(e).__name__, e, lst)

lst = [3, 1, 2]
def k2(x):
    lst.clear()
    return x
lst.sort(key=k2)
print(lst)

lst = [5, 3, 4]
def kfail(x):
    if x == 4:
        raise KeyError(x)
    return x
try:
    lst.sort(key=kfail)
except KeyError as e:
    print("key failed", e, lst)

try:
    [1, 'a', 2].sort()
except TypeError as e:
    print(e)
try:
    [(1, 'a'), (1, 2)].sort()
except TypeError as e:
    print(e)
try:
    [3, 1].sort(key=1)
except TypeError as e:
    print(e)
try:
    [].sort(1)
except TypeError as e:
    print(e)
try:
    [].sort(cmp=None)
except TypeError as e:
    print(e)
print(sorted([1.5, 1, True, 0.5, -2]), sorted([(1, 2), (1,), (0, 5)]), sorted(['b', 'a', 'ä', 'A']))
print(sorted([[2], [1, 2], [1]]))
try:
    sorted([None, None])
except TypeError as e:
    print(e)
x = object()
try:
    sorted([x, x])
except TypeError as e:
    print(type(e).__name__)
