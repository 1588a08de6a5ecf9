# typing.ParamSpec, P.args / P.kwargs (ParamSpecArgs, ParamSpecKwargs) and TypeVarTuple
from typing import ParamSpec, ParamSpecArgs, ParamSpecKwargs, TypeVarTuple, TypeVar, NoDefault

def show(label, thunk):
    try:
        print(label, '=>', repr(thunk()))
    except Exception as e:
        print(label, '=>', type(e).__name__ + ':', e)

P = ParamSpec('P')
print(P, P.__name__, P.__module__, P.__bound__, P.__default__, P.has_default())
print(P.__covariant__, P.__contravariant__, P.__infer_variance__)
print(ParamSpec('P', covariant=True), ParamSpec('P', contravariant=True), ParamSpec('P', infer_variance=True))
print(ParamSpec('P', bound=int).__bound__, ParamSpec('P', default=[int, str]).__default__)
print(ParamSpec('P', default=...).evaluate_default(4), P.evaluate_default)
print(P.args, P.kwargs, P.args.__origin__ is P, P.kwargs.__origin__ is P)
print(P.args == P.args, P.args != P.args, P.args == P.kwargs, P.args == ParamSpec('P').args)
print(type(P.args) is ParamSpecArgs, type(P.kwargs) is ParamSpecKwargs)
print(ParamSpecArgs(3), ParamSpecKwargs('x'), ParamSpecArgs(P), ParamSpecKwargs(origin=P))
print(ParamSpecArgs(3) == ParamSpecArgs(3), ParamSpecArgs(3) == ParamSpecKwargs(3), ParamSpecArgs(3) == 3)
show('hash args', lambda: hash(P.args))
print(ParamSpecArgs.__hash__, P.__reduce__())
show('positional bound', lambda: ParamSpec('P', int))
show('no name', lambda: ParamSpec())
show('bad name', lambda: ParamSpec(b'P'))
show('bivariant', lambda: ParamSpec('P', covariant=True, contravariant=True))
show('mro_entries', lambda: P.__mro_entries__(()))
show('args mro_entries', lambda: P.args.__mro_entries__(()))
show('kwargs mro_entries', lambda: P.kwargs.__mro_entries__(()))
show('args no origin', lambda: ParamSpecArgs())
show('set origin', lambda: setattr(P.args, '__origin__', 1))
print(P | int, int | P, P.__typing_subst__([int, str]), P.__typing_subst__(...))
show('subst bad', lambda: P.__typing_subst__(3))

def deco[**Q, R](fn):
    return fn
Q, R = deco.__type_params__
print(Q, Q.__bound__, Q.__module__, Q.args, Q.kwargs, Q.__infer_variance__)

Ts = TypeVarTuple('Ts')
print(Ts, Ts.__name__, Ts.__module__, Ts.__default__, Ts.has_default(), Ts.evaluate_default)
print(list(Ts), [*Ts], tuple[*Ts], Ts.__reduce__())
print(TypeVarTuple('Ts', default=int).__default__, TypeVarTuple('Ts', default=NoDefault).has_default())
show('tvt subst', lambda: Ts.__typing_subst__(int))
show('tvt or', lambda: Ts | int)
show('tvt positional default', lambda: TypeVarTuple('Ts', int))
show('tvt bad name', lambda: TypeVarTuple(3))
show('tvt mro_entries', lambda: Ts.__mro_entries__(()))
show('tvt set name', lambda: setattr(Ts, '__name__', 'X'))

def variadic[*Vs = *tuple[int, ...]](*args: *Vs): pass
(Vs,) = variadic.__type_params__
print(Vs, Vs.__default__, Vs.has_default(), Vs.__module__)
for cls in (ParamSpec, ParamSpecArgs, ParamSpecKwargs, TypeVarTuple):
    try:
        class Sub(cls): pass
    except TypeError as e:
        print('TypeError:', e)
