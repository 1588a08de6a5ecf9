# PEP 695 type parameter scopes: generic functions, classes, type aliases
def first[T](items: list[T]) -> T:
    return items[0]

print(first([3, 4]), first.__type_params__)
T_out = first.__type_params__[0]
print(type(T_out).__name__, T_out.__name__)

class Box[T]:
    def __init__(self, value: T):
        self.value = value
    def get(self) -> T:
        return self.value

print(Box(5).get(), Box.__type_params__, Box.__parameters__)
print(Box[int], Box[int].__origin__ is Box, Box[int].__args__)

type Pair[K, V] = tuple[K, V]
print(Pair, Pair.__name__, Pair.__type_params__)
print(Pair.__value__)
print(Pair[int, str])

type Alias = list[int]
print(Alias.__value__, type(Alias).__name__)

type Lazy = UndefinedLater
try:
    Lazy.__value__
except NameError as e:
    print(type(e).__name__, e)

def bounded[T: int, *Ts, **P](x: T) -> T:
    return x

tp = bounded.__type_params__
print([type(p).__name__ for p in tp], [p.__name__ for p in tp])
print(tp[0].__bound__)

def constrained[S: (int, str)](s: S) -> S:
    return s

print(constrained.__type_params__[0].__constraints__)

class Outer:
    X = "class var"
    def method[U](self, u: U) -> U:
        return u
    type InClass = list[X]

print(Outer().method(7), Outer.InClass.__value__)

def defaults[D = int]():
    return D

print(defaults().__default__)

class Sub[T](Box[T]):
    pass

print(Sub.__mro__[1].__name__, Sub.__orig_bases__)
