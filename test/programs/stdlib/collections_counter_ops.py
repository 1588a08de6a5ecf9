# Counter as a multiset: arithmetic, comparisons (3.10+ rich comparisons), elements order, most_common ties, update from mappings
from collections import Counter
a = Counter("aabbbc")
b = Counter("abd")
print(a + b, a - b, b - a, a & b, a | b, -Counter(x=-2), +Counter(y=0, z=1))
print(a == Counter({"a": 2, "b": 3, "c": 1}), Counter(a=1) == Counter(a=1, b=0), a >= b - Counter("d"), Counter() <= a, a > a)
print(list(a.elements()), a.most_common(), a.most_common(1), Counter("abcabc").most_common(2))
c = Counter()
c.update({"x": 3}, y=2)
c.update(["x"])
c.subtract(Counter(y=5))
print(c, c.total(), sorted(c.items()), dict(c))
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(3), Counter(len(w) for w in words))
