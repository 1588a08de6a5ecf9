# CALL_INTRINSIC_1 SUBSCRIPT_GENERIC / TYPEVAR intrinsics with bounds and defaults evaluated lazily
class Base[T]:
    pass
class Child[U](Base[U]):
    def get(self) -> U:
        return None
print(Child.__type_params__, Child.__orig_bases__, Child.__mro__[1].__name__, Child.__parameters__)
def lazy_bound[T: UndefinedBound]():
    pass
tp = lazy_bound.__type_params__[0]
try:
    tp.__bound__
except NameError as e:
    print(type(e).__name__, e)
UndefinedBound = int
print(tp.__bound__)
type ListOrSet[T] = list[T] | set[T]
print(ListOrSet.__value__, ListOrSet[int], ListOrSet.__type_params__[0].__name__)
class Pair[A, B = str]:
    pass
print(Pair.__type_params__[1].__default__, Pair[int], Pair[int, bytes])
def variadic[*Ts](*args: *Ts):
    return args
print(variadic(1, "a"), variadic.__type_params__[0].__name__, variadic.__annotations__["args"])
