# UNPACK_SEQUENCE / UNPACK_EX in assignments, for targets, and nested targets
a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
head, *rest = [1]
print(head, rest)
x, *y = (i * i for i in range(4))
print(x, y)
for k, (v1, *vs) in [("a", (1, 2, 3)), ("b", (4,))]:
    print(k, v1, vs)
[p, q] = "pq"
print(p, q)
[[r]] = [[7]]
print(r)
d = {}
d["a"], d["b"] = 1, 2
class O:
    pass
o = O()
o.x, o.y = "xy"
print(d, o.x, o.y)
lst = [0, 0, 0]
lst[0], lst[1:] = "first", ["second", "third"]
print(lst)
i = 0
l2 = [10, 20, 30]
i, l2[i] = 1, 99
print(i, l2)
try:
    a, b = {1}
except ValueError as err:
    print(err)
else:
    print("set of one unpacked into two?")
try:
    *a, b, c = [1]
except ValueError as err:
    print(err)
s1, s2, s3 = {"k": 1, "j": 2, "i": 3}
print(s1, s2, s3)
a = b = c = [1]
print(a is b is c)
n1, n2 = n3 = (1, 2)
print(n1, n2, n3)
