# errors raised while calling: wrong types of callables, bad **kwargs keys, too many args to builtins and methods
import math
cases = [
    lambda: math.sqrt(), lambda: math.sqrt(1, 2), lambda: math.sqrt("x"), lambda: "abc".split(1, 2, 3), lambda: [].append(),
    lambda: dict(a=1)(), lambda: (lambda: 1)(1), lambda: (lambda *, k: k)(1), lambda: (lambda **kw: kw)(**{"a": 1}, a=2),
    lambda: print(**{1: 2}), lambda: len(**{}), lambda: int(x=5), lambda: sorted([1], lambda x: x), lambda: str.join(),
    lambda: max(key=len), lambda: "x".startswith(), lambda: object.__new__(), lambda: divmod(),
]
for c in cases:
    try:
        print(c())
    except TypeError as e:
        print(type(e).__name__, e)
