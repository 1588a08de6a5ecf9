# filter, map, zip: laziness, multiple iterables, strict=, errors
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(7))), list(filter(str.isdigit, "a1b2")))
print(list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: a, "ab", "xyz", [1, 2, 3])))
print(list(zip("abc", [1, 2, 3])), list(zip("ab", [1, 2, 3])), list(zip()), list(zip("a")), list(zip(*[[1, 2], [3, 4]])))
print(list(zip("ab", "cd", strict=True)))
try:
    list(zip("ab", "c", strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip("a", "bc", strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip("a", "b", "cd", strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(map(lambda x, y: x, [1], [1], strict=True)) if hasattr(map, "__text_signature__") else None
    print(list(map(lambda x, y: (x, y), "ab", "xy", strict=True)))
    list(map(lambda x, y: (x, y), "ab", "x", strict=True))
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
def gen(tag, n):
    for i in range(n):
        print("  ", tag, i)
        yield i
m = map(lambda x: x * 10, gen("m", 3))
print("map created")
print(next(m), list(m))
z = zip(gen("a", 3), gen("b", 2))
print(list(z))
f = filter(lambda x: x > 0, gen("f", 3))
print(type(f).__name__, type(m).__name__, type(z).__name__, next(f))
for c in [lambda: map(), lambda: map(len), lambda: list(map(len, 5)), lambda: filter(), lambda: filter(None), lambda: list(filter(None, 5)),
          lambda: zip(1), lambda: list(map(None, [1])), lambda: zip("a", bogus=True), lambda: filter(None, [], []), lambda: list(map(lambda x: x, [1], [2]))]:
    try:
        print(c())
    except TypeError as e:
        print(type(e).__name__, e)
print(list(map(int.__add__, [1, 2], [10, 20])), dict(zip("ab", map(ord, "ab"))))
