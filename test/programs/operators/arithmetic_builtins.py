# arithmetic on builtin types: result types, errors, mixed operands
vals = [7, -7, 2.5, True, 3 + 0j]
for a in vals:
    row = []
    for b in [2, -3, 0.5, False]:
        try:
            row.append(repr(a // b))
        except Exception as e:
            row.append(type(e).__name__)
    print(repr(a), "//", row)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (7, 0.5)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0), (5 % 1, 0)]:
    for name, f in [("/", lambda: a / b), ("//", lambda: a // b), ("%", lambda: a % b), ("divmod", lambda: divmod(a, b))]:
        try:
            f()
        except ZeroDivisionError as e:
            print(repr(a), name, repr(b), "ZeroDivisionError:", e)
print(2 ** 10, 2 ** -1, (-8) ** (1 / 3) if False else "skip", 0 ** 0, 2.0 ** 0.5, (-2) ** 2, -2 ** 2)
print(pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3), pow(2, 0.5))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print((-8) ** 0.5)
print(1 + True, True + True, 1 + 1.0, 1 + 1j, 1.0 + 1j, True * 2.5)
print(type(True + True).__name__, type(3 / 1).__name__, type(4 // 2.0).__name__)
print(10 << 3, -10 >> 1, 1 << 100, (1 << 100) >> 99, 6 & 3, 6 | 3, 6 ^ 3, -6 & 0xff, ~0 & 7)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 << 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 & 1.0
except TypeError as e:
    print(type(e).__name__, e)
print([1, 2] + [3], [0] * 3, 3 * "ab", "ab" * 0, [1] * -1, (1, 2) + (3,))
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + "1"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "1" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    None + None
except TypeError as e:
    print(type(e).__name__, e)
try:
    {} | []
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] @ []
except TypeError as e:
    print(type(e).__name__, e)
