# which builtin attributes are which descriptor types, via vars(type) inspection
import types
def kinds(t, names):
    return {n: type(vars(t)[n]).__name__ for n in names if n in vars(t)}
print(kinds(int, ["real", "bit_length", "__add__", "from_bytes", "__new__", "__doc__"]))
print(kinds(str, ["join", "maketrans", "__len__", "__getitem__", "__mod__"]))
print(kinds(dict, ["fromkeys", "get", "__getitem__", "__class_getitem__", "__hash__"]))
print(kinds(type, ["__mro__", "__name__", "__dict__", "mro", "__call__", "__prepare__", "__subclasses__"]))
print(kinds(object, ["__class__", "__init__", "__new__", "__subclasshook__", "__init_subclass__", "__eq__"]))
print(kinds(types.FunctionType, ["__code__", "__globals__", "__name__", "__defaults__", "__get__", "__call__"]))
