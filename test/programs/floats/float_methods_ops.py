# float methods and operations: is_integer, as_integer_ratio, conjugate, floor/ceil/trunc, divmod, mod signs
for v in [1.5, -2.0, 0.1, 1e300, -0.0, 3.0]:
    print(v.is_integer(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag, int(v), round(v), math_floor := __import__("math").floor(v), __import__("math").ceil(v), __import__("math").trunc(v))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1e308, 1e-308), (5.0, 0.1), (-0.0, 1.0), (0.0, -1.0)]:
    try:
        print(a, b, a % b, a // b, divmod(a, b), math_fmod := __import__("math").fmod(a, b))
    except OverflowError as e:
        print(a, b, type(e).__name__, e)
for bad in [lambda: float("inf").as_integer_ratio(), lambda: float("nan").as_integer_ratio(), lambda: int(float("inf")), lambda: (1.5).is_integer(1), lambda: 1.0 % 0.0, lambda: divmod(1.0, 0.0), lambda: __import__("math").exp(1000)]:
    try:
        print(bad())
    except (OverflowError, ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(float.__add__(1.5, 2), (2.5).__rsub__(1), (1.5).__floordiv__(0.5), (1.5).__trunc__(), (2.5).__round__(), (2.5).__round__(1), (1.5).__pow__(2), float.__new__(float, "3"))
print((-1.0) ** 0.5, (-8.0) ** (1 / 3), 0.0 ** 0.0, float("inf") ** 0, (-1.0) ** float("inf"), 2.0 ** -1074, 2.0 ** -1075)
print(float.__getformat__("double"), float.fromhex("0x1.fffffffffffffp+1023") == 1.7976931348623157e308)
print(sorted([3.0, -0.0, 0.0, -1.5, float("inf")]), max(0.0, -0.0), min(-0.0, 0.0))
