a = [1, 2, 3, 2, 1]
print(a.index(2), a.index(2, 2), a.index(1, -2), a.index(3, 0, 3), a.count(2), a.count(9))
for call in ["a.index(9)", "a.index(1, 1, 3)", "a.index(2, 'x')", "a.remove(9)", "a.pop(10)", "[].pop()",
             "a.pop('x')", "a.insert()", "a.insert(1)", "a.append()", "a.append(1, 2)", "a.copy(1)",
             "a.extend(5)", "a.extend()", "list(1, 2)", "list(x=1)", "a + (1,)", "a * 'x'", "a * 1.5",
             "a.sort(key=None, reverse=None, x=1)", "a.index()", "a.count()", "[].insert(2**70, 1)", "a.pop(2**70)"]:
    try:
        print(call, '->', eval(call))
    except Exception as e:
        print(call, '->', type(e).__name__, e)
b = [1, 2, 3]
b.insert(-10, 'first')
b.insert(100, 'last')
b.insert(-1, 'before-last')
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(2)
print(b, b.reverse(), b)
b += 'xy'
print(b)
b *= 2
print(b)
b *= 0
print(b, [1, 2] * 3, 3 * [0], [1] * -1, [[]] * 2)
c = [1, 2]
c.extend(c)
print(c)
c.extend({'k': 1, 'j': 2})
c.extend((5, 6))
c.extend(x * x for x in range(3))
print(c)
c.clear()
print(c, c.copy() is not c)
d = [1, [2, 3]]
e = d.copy()
e[1].append(4)
print(d, e)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] <= [], [1] != [1.0])
print(list('abc'), list(range(3)), list((1, 2)), list({3: 4}), list({}.items()))
l = [1, 2]
l.append(l)
print(l, repr([l, l]))
print(list[int], list[int, str], list.__class_getitem__(str))
it = iter([1, 2, 3])
next(it)
print(it.__length_hint__(), it.__reduce__(), list(it), it.__reduce__(), it.__length_hint__())
it = iter([1, 2, 3, 4])
it.__setstate__(2)
print(list(it))
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__reduce__(), list(r), r.__reduce__())
r = reversed([1, 2, 3])
r.__setstate__(0)
print(list(r))
grow = [1, 2]
seen = []
for x in grow:
    seen.append(x)
    if x < 5:
        grow.append(x + 2)
print(seen)
m = [1, 2, 3, 4]
for x in m:
    m.remove(x)
print(m)
class L(list):
    pass
print(L([1, 2]) + [3], type(L([1]) + [2]).__name__, type(L([1]) * 2).__name__, L('ab'), L([3, 1]) == [3, 1])
print([] is not [], [0] * 0, sorted(set([3, 1, 2])), len([None] * 1000))
