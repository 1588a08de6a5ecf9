import typing
T = typing.TypeVar('T')
K = typing.TypeVar('K')
print(list[T], list[T][int], dict[str, T][float], (list[T] | None)[int], dict[K, list[T]][str, int])
print(list[T].__parameters__, dict[K, T].__parameters__, (int | T).__parameters__)
try:
    list[T][int, str]
except TypeError as e:
    print(e)
