# typing.TypeAliasType made by hand, and what needs typing.py: iteration (Unpack), errors
from typing import TypeAliasType, TypeVar, TypeVarTuple, ParamSpec

def show(label, thunk):
    try:
        print(label, '=>', repr(thunk()))
    except Exception as e:
        print(label, '=>', type(e).__name__ + ':', e)

type Point = tuple[float, float]
print(list(Point), Point.__reduce__())
type Variadic[*Ts] = tuple[int, *Ts]
print(Variadic.__type_params__, Variadic.__parameters__, Variadic[str, bytes])
show('set name', lambda: setattr(Point, '__name__', 'X'))
show('set value', lambda: setattr(Point, '__value__', int))
show('new attribute', lambda: setattr(Point, 'extra', 1))
show('subclass', lambda: type('Sub', (TypeAliasType,), {}))

T = TypeVar('T')
A = TypeAliasType('A', list[T], type_params=(T,))
print(A, A.__value__, A.__type_params__, A.__parameters__, A[int], A.__module__)
print(A.evaluate_value, A.evaluate_value(1), A.evaluate_value(4))
print(TypeAliasType('B', int, type_params=()).__type_params__, TypeAliasType(name='C', value=str))
Ts = TypeVarTuple('Ts')
print(TypeAliasType('D', tuple[*Ts], type_params=(Ts,)).__parameters__)
show('no value', lambda: TypeAliasType('A'))
show('bad name', lambda: TypeAliasType(1, int))
show('list params', lambda: TypeAliasType('A', int, type_params=[T]))
show('None params', lambda: TypeAliasType('A', int, type_params=None))
show('non-param', lambda: TypeAliasType('A', int, type_params=(int,)))
show('default order', lambda: TypeAliasType('A', int, type_params=(TypeVar('X', default=int), T)))
show('positional params', lambda: TypeAliasType('A', int, (T,)))
show('not generic', lambda: TypeAliasType('A', int)[int])

