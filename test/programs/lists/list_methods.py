# every list method, with results and errors
l = [3, 1, 2]
l.append(4); print(l)
l.extend([5, 6]); l.extend("ab"); l.extend(range(2)); print(l)
l.insert(0, "first"); l.insert(-1, "before-last"); l.insert(100, "end"); l.insert(-100, "start"); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove("a"); print(l)
print(l.index(2), l.index(2, 2), l.count(2), l.count("zzz"))
c = l.copy(); c.append("only in copy"); print(len(l), len(c))
l2 = [5, 3, 9, 1]
l2.reverse(); print(l2)
l2.sort(); print(l2)
l2.sort(reverse=True); print(l2)
l2.sort(key=lambda x: x % 3); print(l2)
l2.clear(); print(l2)
for c in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, 2].index(1, 1), lambda: [].insert(0), lambda: [].append(),
          lambda: [].append(1, 2), lambda: [].extend(5), lambda: [].sort(1), lambda: [1, "a"].sort(), lambda: [].count(), lambda: [].pop("x"), lambda: [].index(),
          lambda: [].copy(1), lambda: [].reverse(1), lambda: [].clear(1), lambda: [1].index(1, "a"), lambda: [].sort(key=1, reverse=1, bogus=2)]:
    try:
        print(c())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print([1, 2, 3].index(3, -1), [1, 2, 3].index(1, -10, 10), [0] * 0, [1, 2] * 2)
x = [1, 2]
x.extend(x)
print(x)
y = [1]
y += y
print(y)
z = ["b", "A", "c"]
z.sort(key=str.lower)
print(z)
print(list.__len__([1, 2]), list.__contains__([1], 1), list.__getitem__([5, 6], 1), list.__reversed__([1, 2]).__class__.__name__)
