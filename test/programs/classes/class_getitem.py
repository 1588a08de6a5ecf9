# __class_getitem__ and generic aliases of builtin types
class MyList:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"

print(MyList[int], MyList[1, 2], MyList["x"])
print(type(MyList.__dict__['__class_getitem__']).__name__)

class Base:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
class Derived(Base):
    pass
print(Derived[str])

try:
    object[int]
except TypeError as e:
    print(type(e).__name__, e)

class NotGeneric:
    pass
try:
    NotGeneric[int]
except TypeError as e:
    print(type(e).__name__, e)

ga = list[int]
print(ga, type(ga).__name__, ga.__origin__, ga.__args__, ga.__parameters__)
print(dict[str, list[int]], tuple[int, ...], tuple[()])
print(list[int]([1, 2]), list[int] == list[int], list[int] == list[str])
print(isinstance([], list), issubclass(list, list))
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
print(type[int], type[int].__args__)
print(int | str, type(int | str).__name__, (int | None).__args__)
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | None))
print(int | str == str | int, (int | int), int | str | int)
print(list[int] | None)

class WithMeta(type):
    def __getitem__(cls, item):
        return "metaclass getitem wins"
class UsesMeta(metaclass=WithMeta):
    def __class_getitem__(cls, item):
        return "class_getitem"
print(UsesMeta[0])
