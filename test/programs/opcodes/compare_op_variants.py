# COMPARE_OP with and without bool coercion, in conditions and as values, across types; CONTAINS_OP/IS_OP inverted forms
vals = [0, 1, -1.5, 2 ** 70, "a", (1,), None]
for a in vals[:4]:
    row = []
    for b in vals[:4]:
        row.append("".join(op for op, f in (("<", a < b), ("=", a == b), (">", a > b)) if f))
    print(a, row)
x = 5
if x > 3:
    print("gt in condition")
flag = x >= 5
print(flag, type(flag).__name__, x != 5, not x == 5, x is not None, None is not x, 3 not in [1, 2], "b" not in "abc")
class Odd:
    def __lt__(self, o):
        return "truthy string"
    def __gt__(self, o):
        return 0
print(Odd() < 1, Odd() > 1)
if Odd() < 1:
    print("__lt__ result coerced with bool() in if")
if not Odd() > 1:
    print("__gt__ 0 is falsy")
print([v for v in range(10) if 2 < v <= 5], all(a <= b for a, b in zip([1, 2, 3], [2, 3, 4])))
