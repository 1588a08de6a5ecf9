# The type statement: lazy __value__, type parameters, subscripting, unions (without importing typing)

def show(label, thunk):
    try:
        print(label, '=>', repr(thunk()))
    except Exception as e:
        print(label, '=>', type(e).__name__ + ':', e)

evaluated = []

def note(x):
    evaluated.append(x)
    return x

type Point = note(tuple[float, float])
print(Point, type(Point).__name__, evaluated)
print(Point.__value__, evaluated)
print(Point.__value__, evaluated)
print(Point.__name__, Point.__module__, Point.__type_params__, Point.__parameters__)
print(Point.evaluate_value.__name__, Point.evaluate_value(1))
show('plain subscript', lambda: Point[int])

type Pair[K, V = K] = dict[K, V] | list[tuple[K, V]]
print(Pair, Pair.__type_params__, Pair.__parameters__, Pair.__value__)
K, V = Pair.__type_params__
print(V.__default__ is K, K.__module__)
print(Pair[int], Pair[int, str], Pair[int].__args__, Pair[int].__origin__ is Pair)
print(Pair | None, None | Pair, Pair | int | str)

type Later = NotYetDefined
show('lazy NameError', lambda: Later.__value__)
NotYetDefined = bytes
print(Later.__value__)

type Recursive = list[Recursive] | int
print(Recursive.__value__, Recursive.__value__.__args__[0].__args__[0] is Recursive)

type WithP[**P, R] = int
print(WithP.__type_params__, WithP[[int, str], float])

def scope():
    type Local[X] = list[X]
    return Local
L = scope()
print(L, L.__qualname__ if hasattr(L, '__qualname__') else 'no qualname', L.__value__, L.__module__)
class Holder:
    type Inner = int
print(Holder.Inner, Holder.Inner.__value__)
