# len() on builtins and custom __len__
print(len(""), len("héllo"), len("\U0001f600"), len(b"\xff\xfe"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 2}), len(range(10)), len(range(0, 10, 3)), len(range(10, 0)))
print(len(bytearray(5)), len(memoryview(b"abcd")), len(frozenset("aa")), len({}.keys()), len({"a": 1}.items()), len(range(-5, 5, 2)))
class L:
    def __len__(self):
        return 3
print(len(L()))
for v in [5, None, iter([]), (x for x in []), 1.5, len]:
    try:
        len(v)
    except TypeError as e:
        print(type(e).__name__, e)
for c in [lambda: len(), lambda: len([], []), lambda: len(range(2 ** 63)), lambda: len(obj=[])]:
    try:
        print(c())
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(len(range(2 ** 30)), len(range(-(2 ** 30), 2 ** 30, 2 ** 20)))
