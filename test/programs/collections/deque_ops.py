from collections import deque
d = deque('abc')
d.append('d')
d.appendleft('z')
print(d, len(d), d[0], d[-1], d[2], list(d), d.maxlen)
print(d.pop(), d.popleft(), d)
d.extend('xy')
d.extendleft('12')
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(100)
print(d, d.count('x'), d.index('x'), d.index('a', 1, 6))
d.insert(2, 'ins')
d.insert(-1, 'neg')
d.insert(100, 'end')
d.insert(-100, 'start')
print(d)
d.remove('ins')
del d[1]
d[0] = 'S'
print(d, 'S' in d, 'q' in d)
d.reverse()
print(d, list(reversed(d)))
m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(9)
m.appendleft(-1)
print(m)
m.extend([10, 11])
m.extendleft([20])
print(m)
z = deque([1, 2], maxlen=0)
z.append(3)
z.extend([4, 5])
print(z, deque([1, 2, 3], 2), deque(maxlen=2), deque())
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque([1]), deque([1, 2], maxlen=3) * 3, deque('a') * 0)
q = deque([1, 2], maxlen=5)
q *= 4
print(q)
q += 'ab'
print(q)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) < deque([1, 0]), deque([1]) == [1], deque([2]) >= deque([1, 5]))
c = d.copy()
c.append('new')
print(d == c, c)
e = deque([1])
e.extend(e)
e.extendleft(e)
print(e)
r = deque([1, 2, 3])
r.clear()
print(r, len(r), bool(r), bool(deque([0])))
for bad in ["deque().pop()", "deque().popleft()", "deque([1])[5]", "deque([1])[1:2]", "deque([1]).index(5)", "deque([1]).remove(5)",
            "deque([1], 1).insert(0, 2)", "deque([1]) + [2]", "deque(1, 2, 3)", "deque(x=1)", "deque([1], maxlen=-1)",
            "deque([1], maxlen=2.5)", "hash(deque())", "deque([1]).rotate('a')", "deque([1]) < [1]"]:
    try:
        print(bad, '->', eval(bad))
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
it = iter(deque([1, 2, 3]))
print(next(it), it.__length_hint__(), list(it))
dd = deque([1, 2, 3])
try:
    for x in dd:
        dd.append(0)
except RuntimeError as err:
    print(err)
try:
    for x in dd:
        dd.pop()
except RuntimeError as err:
    print(err)
rev = deque([1, 2, 3])
for x in rev:
    rev.reverse()
    print(x, end=' ')
print()
class D(deque):
    pass
sd = D([1, 2], maxlen=4)
print(sd, type(sd.copy()).__name__, sd.copy(), type(sd + deque([3])).__name__, sd.__reduce__()[0].__name__)
print(deque[int], deque([1, 2]).__reduce__()[:2], deque([1], 3).__reduce__()[:2], deque.__name__, deque.__module__)
sl = deque([1])
sl.append(sl)
print(sl)
big = deque(range(10000))
big.rotate(5000)
print(big[0], big[-1], big[5000], sum(big))
