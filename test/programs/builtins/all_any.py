# all() and any(): short-circuiting, truthiness, errors
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, "", None]), any([0, "x"]))
print(all("abc"), any(""), all(x > 0 for x in [1, 2, 3]), any(x > 2 for x in [1, 2, 3]))
def noisy(vals):
    for v in vals:
        print("  yield", v)
        yield v
print(all(noisy([1, 0, 1])))
print(any(noisy([0, 1, 0])))
print(all([[], [1]]), any([[], [1]]), all({0: 1}), any({0: 1}), all(range(1, 5)), any(range(0)))
class Falsy:
    def __bool__(self):
        return False
print(all([Falsy()]), any([Falsy()]))
class BadBool:
    def __bool__(self):
        raise ValueError("bool failed")
try:
    all([BadBool()])
except ValueError as e:
    print(type(e).__name__, e)
for c in [lambda: all(), lambda: all(1), lambda: any(1, 2), lambda: all(iterable=[])]:
    try:
        print(c())
    except TypeError as e:
        print(type(e).__name__, e)
