import types
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int], set[frozenset[int]])
a = list[int]
print(a.__origin__, a.__args__, a.__parameters__, a(), a([1, 2]), type(a) is types.GenericAlias, a == list[int], a != list[str])
print(hash(list[int]) == hash(list[int]), isinstance(list[int], types.GenericAlias), a.__unpacked__)
print(list[int].__class__.__name__, list[int].append is list.append, a.__mro_entries__(()), a.__reduce__())
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print(e)
try:
    list[int][str]
except TypeError as e:
    print(e)
print(types.GenericAlias(list, int), types.GenericAlias(dict, (str, int)), types.GenericAlias(list, ()))
print(dict[str, int].__args__, list[None], list[...], list[list], list['x'], list[[int, str]])
class C(list[int]):
    pass
print(C.__bases__, C.__orig_bases__ if hasattr(C, '__orig_bases__') else None, C([1]))
print(int | str, int | None, None | int, str | int | None, (int | str).__args__, int | int, list[int] | None)
u = int | str
print(type(u) is types.UnionType, u == (str | int), u == (int | str | int), hash(u) == hash(str | int), u.__origin__ if hasattr(u, '__origin__') else '')
print(isinstance(1, int | str), isinstance('a', int | str), isinstance(1.5, int | str), issubclass(bool, int | str), isinstance(None, int | None))
print(isinstance(3, (str, int | float)), (int | str) | float, float | (int | str), int | (str | None))
for bad in ["int | 1", "1 | int", "int | 'str'", "isinstance(1, int | list[int])", "issubclass(int, 5)", "class X(int | str): pass"]:
    try:
        exec(bad)
        print(bad, 'ok')
    except TypeError as e:
        print(bad, '->', e)
print(repr(int | str), str(list[int] | dict[str, int]), repr(type(None) | int))
print(types.UnionType, types.GenericAlias, type(int | str).__name__, (int | str).__name__ if hasattr(int | str, '__name__') else None)
