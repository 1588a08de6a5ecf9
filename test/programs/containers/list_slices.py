a = list(range(10))
print(a[2:8], a[::3], a[::-2], a[-3:], a[:-3], a[8:2:-1], a[100:], a[-100:2])
b = a[:]
b[2:5] = ['x', 'y']
print(b)
b[1:1] = [7, 7, 7]
print(b)
b[::2] = range(len(b[::2]))
print(b)
del b[::3]
print(b)
del b[-1::-2]
print(b)
c = list(range(10))
c[7:2] = ['ins']
print(c)
c[5:1:-1] = 'abcd'
print(c)
c[:] = c
print(c)
c[::-1] = c
print(c)
for bad in ["c[::2] = [1]", "c[1:2] = 5", "c[::2] = 5", "c[::0]", "c['a']", "c[1.5] = 2", "del c[::0]"]:
    try:
        exec(bad)
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
d = [1, 2, 3]
d[len(d):] = [4, 5]
d[:0] = [0]
print(d)
del d[1:3]
print(d)
d[-1:] = []
print(d, d[-1], d[-len(d)])
for bad in ["d[10]", "d[-10]", "d[10] = 1", "del d[10]", "d[2**70]", "d[-2**70] = 0"]:
    try:
        exec(bad)
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
s = slice(1, None, 2)
print(list(range(10))[s], s.indices(10), slice(None, None, -1).indices(5), slice(-100, 100).indices(7))
print(slice(2**100, None, -(2**70)).indices(2**80))
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), hash(slice(1, 2)) == hash((1, 2, None)), repr(slice('a', [1])))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(e)
try:
    slice(1).indices(-1)
except ValueError as e:
    print(e)
try:
    slice('a').indices(3)
except TypeError as e:
    print(e)
print(slice(3), slice(1, 2), slice(1, 2, 3), slice(None).__reduce__())
