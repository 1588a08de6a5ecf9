# every set method, with results and errors (small ints: same order on all builds)
s = {3, 1, 2}
s.add(4); s.add(1); print(s)
s.discard(10); s.discard(4); print(s)
s.remove(3); print(s)
try:
    s.remove(3)
except KeyError as e:
    print(type(e).__name__, e)
print(s.pop(), s)
s.update([5, 6], {7}, range(8, 10)); print(s)
print(s.union({1}), s.intersection({5, 6, 100}), s.difference({5}), s.symmetric_difference({5, 50}))
print(s.union(), s.intersection(), s.union([1], (2,)), s.intersection([5, 6, 7], {6, 7}), s.difference([5], [6]))
a = {1, 2, 3}
a.intersection_update({2, 3, 4}); print(a)
a.difference_update({3}); print(a)
a.symmetric_difference_update({2, 9}); print(a)
print({1, 2}.issubset({1, 2, 3}), {1, 2}.issuperset({1}), {1}.isdisjoint({2}), {1}.isdisjoint([1]), {1, 2}.issubset([1, 2]))
c = a.copy(); c.add(100); print(a, c)
c.clear(); print(c, len(c))
for call in [lambda: set().pop(), lambda: set().add(), lambda: set().add([]), lambda: set().remove([]), lambda: set().discard([]), lambda: set().update(1),
             lambda: set().union(1), lambda: set().issubset(1), lambda: {1}.symmetric_difference(), lambda: set().copy(1), lambda: set().clear(1)]:
    try:
        print(call())
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
print({frozenset({1})}.pop(), {1, 2} - {2}, {1, 2} & {2}, {1} | {2}, {1, 2} ^ {2, 3}, {1} < {1, 2}, {1} <= {1}, {1, 2} > {1}, {1} == {1})
try:
    {1} | [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1} < [1]
except TypeError as e:
    print(type(e).__name__, e)
print(set.union({1}, [2]), {1}.__or__([2]), {1}.__contains__(1), set.__len__({1, 2}))
x = {1}
x |= {2}; x &= {2, 3}; x -= {9}; x ^= {4}
print(x)
