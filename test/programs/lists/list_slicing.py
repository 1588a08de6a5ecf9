# list indexing, slicing, slice assignment and deletion
l = list(range(10))
print(l[2:5], l[-3:], l[:-7], l[::3], l[::-2], l[7:2:-1], l[100:], l[-100:2], l[3:3], l[5:2])
m = l[:]
m[2:5] = ["a", "b"]
print(m)
m[1:1] = [10, 11, 12]
print(m)
m[:] = [0, 1, 2, 3, 4, 5]
print(m)
m[::2] = ["x", "y", "z"]
print(m)
try:
    m[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
m[1::2] = (9 for _ in range(3)) if False else [9, 9, 9]
print(m)
del m[::3]
print(m)
del m[1:2]
print(m)
del m[:]
print(m)
n = [1, 2, 3]
n[5:] = [4]
print(n)
n[-1:] = []
print(n)
n[0:2] = "ab"
print(n)
try:
    n[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
n[::-1] = [7, 8, 9]
print(n)
o = [1, 2, 3, 4]
o[1:3] = o
print(o)
p = [0, 1, 2, 3, 4, 5]
p[4:1:-1] = "abc"
print(p)
del p[10:20]
print(p)
try:
    del p[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    p[1.5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    p["1":]
except TypeError as e:
    print(type(e).__name__, e)
print(p[True], p[-True], p[::True], p[slice(None)])
