# list methods with unusual arguments: index with start/stop beyond bounds, insert with big indices, extend with itself and generators
l = list("abcdef")
print(l.index("c", -10, 100), l.index("f", 5), l.count("z"))
for args in [("c", 3), ("c", 0, 2), ("a", 1, -1)]:
    try:
        print(l.index(*args))
    except ValueError as e:
        print(args, type(e).__name__, e)
m = [1, 2]
m.insert(10 ** 9, "far end")
m.insert(-(10 ** 9), "far start")
print(m)
n = [1, 2]
n.extend(n)
n.extend(x * 10 for x in n[:2])
n.extend({"k": 1})
print(n)
o = [3, 1, 2]
print(o.sort(key=lambda v: -v), o, o.reverse(), o, o.copy() == o, o.clear(), o)
p = [1, 2, 3]
p[1:1] = p
print(p)
q = [0] * 3
q[::-1] = range(3)
print(q)
try:
    [].remove()
except TypeError as e:
    print(type(e).__name__, e)
