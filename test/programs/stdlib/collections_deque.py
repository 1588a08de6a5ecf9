# collections.deque: appends/pops at both ends, rotate, maxlen, indexing
from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend([4, 5]); d.extendleft([-1, -2])
print(d, len(d), d[0], d[-1], 3 in d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d.index(3), d.count(1), list(reversed(d)))
d.remove(3); d.insert(1, "ins"); print(d)
d.reverse(); print(d)
b = deque(maxlen=3)
for i in range(6):
    b.append(i)
print(b, b.maxlen)
b.appendleft("L"); print(b)
print(deque("abc") == deque("abc"), deque([1]) < deque([2]), deque() == [], repr(deque()), deque(range(3)) + deque([9]), deque([1]) * 3)
c = d.copy(); c.clear(); print(c, d)
for call in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(2), lambda: deque([1]).index(5), lambda: deque(maxlen=-1), lambda: deque([1, 2], maxlen=1).insert(0, 5)]:
    try:
        print(call())
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
dd = deque([1, 2, 3])
try:
    for x in dd:
        dd.append(x)
except RuntimeError as e:
    print(type(e).__name__, e)
print(deque([[1]]) .__copy__() if False else "ok", deque(range(10))[5], deque("xyz", 2))
