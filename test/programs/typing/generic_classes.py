# Generic classes: class C[T], typing.Generic, __orig_bases__, __parameters__, subscription and its errors
import typing
from typing import Generic, TypeVar, ParamSpec, TypeVarTuple

def show(label, thunk):
    try:
        print(label, '=>', repr(thunk()))
    except Exception as e:
        print(label, '=>', type(e).__name__ + ':', e)

class Box[T: (int, str) = int]:
    def __init__(self, item: T):
        self.item = item

    def get[S](self, other: S) -> tuple[T, S]:
        return self.item, other

(BT,) = Box.__type_params__
print(BT, BT.__constraints__, BT.__default__, BT.__bound__)
print(Box(1).get('x'), Box.get.__type_params__, Box.__init__.__type_params__)

class Outer[X]:
    class Nested[Y]:
        pass
    def method(self) -> 'X':
        return None

print(Outer.__type_params__, Outer.Nested.__type_params__, Outer.Nested.__qualname__)

class Stack[T]:
    def __init__(self):
        self.items: list[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

s = Stack[int]()
s.push(1)
print(s.items, type(s).__name__, Stack.__type_params__, Stack.__parameters__)
print(Stack.__orig_bases__, Stack.__mro__, Stack.__bases__)
print(Stack[int], Stack[int].__origin__ is Stack, Stack[int].__args__, typing.get_args(Stack[str]))
show('too many', lambda: Stack[int, str])
show('too few', lambda: Stack[()])

class Map[K, V = list[K]](dict):
    pass
print(Map.__mro__, Map[int], Map[int].__args__, Map[int, str])
show('map too few', lambda: Map[()])

class Base[T]:
    pass
class Derived[T](Base[T]):
    pass
class Concrete(Base[int]):
    pass
print(Derived.__orig_bases__, Derived.__parameters__, Concrete.__orig_bases__, Concrete.__parameters__)
print(Derived[str], Derived.__mro__)

S = TypeVar('S')
U = TypeVar('U')
class Old(Generic[S, U]):
    pass
print(Old.__parameters__, Old[int, str], Old.__orig_bases__)
class Child(Old[int, U]):
    pass
print(Child.__parameters__, Child[bytes])
show('Generic[int]', lambda: Generic[int])
show('Generic[S, S]', lambda: Generic[S, S])
show('Generic[()]', lambda: Generic[()])
print(Generic[S], Generic[S].__origin__ is Generic, Generic.__name__, Generic.__module__)
for src in ['class A(Generic): pass',
            'class A(Generic[S], Generic[U]): pass',
            'class A(Old[S], Generic[U]): pass',
            'class A[Q](Generic[S]): pass',
            'class A[Q](Old[S, U]): pass']:
    try:
        exec(src, {'Generic': Generic, 'S': S, 'U': U, 'Old': Old})
        print('ok', src)
    except TypeError as e:
        print('TypeError:', e)

P = ParamSpec('P')
class Callback(Generic[P]):
    pass
print(Callback[[int, str]], Callback[int, str], Callback[...], Callback[P])
Ts = TypeVarTuple('Ts')
class Array(Generic[*Ts]):
    pass
print(Array[int, str], Array[()], Array.__parameters__)
class Shape[*Dims]:
    pass
print(Shape[int], Shape[int, int, int], Shape.__parameters__, Shape.__orig_bases__)

g = Generic()
print(type(g).__name__, isinstance(s, Generic), issubclass(Stack, Generic))
print(Generic.__class_getitem__(S), Generic.__init_subclass__.__name__, Generic.__init_subclass__.__self__)
print(typing.get_origin(Stack[int]) is Stack, Stack[int] == Stack[int], hash(Stack[int]) == hash(Stack[int]))
