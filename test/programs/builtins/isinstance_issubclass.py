# isinstance/issubclass with tuples, unions, abstract classes, bools
import collections.abc as cabc
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)), isinstance("s", (int, (list, str))))
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(set(), cabc.Set), isinstance(iter([]), cabc.Iterator), isinstance(len, cabc.Callable))
print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | str), isinstance(1, ()))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(type, object), issubclass(object, type))
print(issubclass(list, cabc.MutableSequence), issubclass(tuple, cabc.MutableSequence), issubclass(dict, cabc.Hashable), issubclass(str, cabc.Hashable))
print(issubclass(int, (str, (float, int))), issubclass(bool, ()), isinstance(int, type), isinstance(type, type))
for c in [lambda: isinstance(1), lambda: isinstance(1, 2), lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: isinstance(1, (int, 2)),
          lambda: isinstance(1, (2, int)), lambda: issubclass(int, list[int]), lambda: isinstance([], list[int]), lambda: isinstance(1, int, str)]:
    try:
        print(c())
    except TypeError as e:
        print(type(e).__name__, e)
deep = int
for _ in range(50):
    deep = (deep,)
print(isinstance(1, deep))
