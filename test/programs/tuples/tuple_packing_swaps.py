# tuple packing/unpacking idioms: swaps, returning multiple values, starred in returns, nested records
def min_max(values):
    return min(values), max(values)
lo, hi = min_max([3, 9, 1])
print(lo, hi, min_max("hello"))
def split_head(seq):
    head, *tail = seq
    return head, tail
print(split_head([1, 2, 3]), split_head("ab"))
records = [("ann", (1990, 5)), ("bob", (1985, 12))]
for name, (year, month) in records:
    print(f"{name} born {month}/{year}")
print(sorted(records, key=lambda r: r[1]), [n for n, (y, _) in records if y < 1988])
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
t = 1,
print(t, type(t).__name__, len(t), (1) == 1, () == tuple(), (1, 2) + tuple("ab"))
point = (3, 4)
x, y = point
print((x ** 2 + y ** 2) ** 0.5, point * 2, point.count(3), tuple(reversed(point)), divmod(17, 5))
print([(i, j) for i, j in zip(range(3), "abc")], dict([("k", "v"), ("k2", "v2")]), tuple(enumerate("xy")))
