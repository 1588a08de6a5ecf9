# typing.TypeVar made by hand: arguments, repr, attributes, defaults, unions and errors
from typing import TypeVar, NoDefault

def show(label, thunk):
    try:
        print(label, '=>', repr(thunk()))
    except Exception as e:
        print(label, '=>', type(e).__name__ + ':', e)

T = TypeVar('T')
print(T, T.__name__, T.__module__, T.__bound__, T.__constraints__, T.__default__)
print(T.__covariant__, T.__contravariant__, T.__infer_variance__, T.has_default())
print(TypeVar('T', covariant=True), TypeVar('T', contravariant=True), TypeVar('T', infer_variance=True))
print(TypeVar('T', covariant=1), TypeVar('T', contravariant=[0]), TypeVar(name='N'))

A = TypeVar('A', str, bytes)
print(A.__constraints__, A.__bound__, A.evaluate_constraints, A.evaluate_bound)
B = TypeVar('B', bound=int)
print(B.__bound__, B.__constraints__, B.evaluate_bound, B.evaluate_bound(1), B.evaluate_bound(4))
print(TypeVar('S', int, list[int]).evaluate_constraints(4))
print(TypeVar('S', bound=None).__bound__, TypeVar('S', bound='Fwd').__bound__)
D = TypeVar('D', default=int)
print(D.__default__, D.has_default(), D.evaluate_default, D.evaluate_default(4), T.evaluate_default)
print(TypeVar('E', default=None).__default__, TypeVar('E', default=None).has_default())
print(TypeVar('E', default=NoDefault).has_default(), TypeVar('E', default=3).__default__)
print(TypeVar('E', default=list[T]).evaluate_default(4))

show('no name', lambda: TypeVar())
show('int name', lambda: TypeVar(1))
show('one constraint', lambda: TypeVar('T', int))
show('bound and constraints', lambda: TypeVar('T', int, str, bound=int))
show('bivariant', lambda: TypeVar('T', covariant=True, contravariant=True))
show('infer and variance', lambda: TypeVar('T', covariant=True, infer_variance=True))
show('unknown keyword', lambda: TypeVar('T', foo=1))
show('bad bound', lambda: TypeVar('T', bound=3))
show('bad bound 2', lambda: TypeVar('T', bound=(int, str)))

print(T | int, int | T, T | None, T | 'Fwd', T | B)
print((T | int).__args__, type(T | int).__name__)
print(T.__reduce__(), A.__reduce__(), T == TypeVar('T'), T == T, hash(T) == hash(T))
show('mro_entries', lambda: T.__mro_entries__(()))
try:
    class C(T): pass
except TypeError as e:
    print('TypeError:', e)
try:
    class C(TypeVar): pass
except TypeError as e:
    print('TypeError:', e)
show('set __name__', lambda: setattr(T, '__name__', 'U'))
show('set __bound__', lambda: setattr(T, '__bound__', int))
show('del __covariant__', lambda: delattr(T, '__covariant__'))
T.extra = 'ok'
print(T.extra, T.__module__)
T.__module__ = 'elsewhere'
print(T.__module__, TypeVar.__module__, TypeVar.__name__, TypeVar.__qualname__)
show('missing attribute', lambda: T.nothing)
print(T.__typing_subst__(int), T.__typing_subst__('x'))
show('subst bad', lambda: T.__typing_subst__(3))
show('prepare missing', lambda: T.__typing_prepare_subst__(list[T], ()))
show('prepare default', lambda: D.__typing_prepare_subst__(list[T, D], (str,)))
show('prepare too few', lambda: D.__typing_prepare_subst__(list[T, D], ()))
show('prepare unknown', lambda: D.__typing_prepare_subst__(list[T], ()))
print(D.__typing_prepare_subst__(list[D], [int]))
print(isinstance(T, TypeVar), type(T) is TypeVar, TypeVar.__mro__)

def make():
    return TypeVar('Inner')
print(make().__module__)
ns = {'__name__': 'fake_module', 'TypeVar': TypeVar}
exec('X = TypeVar("X")', ns)
print(ns['X'].__module__)
