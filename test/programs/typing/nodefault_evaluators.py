# typing.NoDefault and the constant evaluators behind evaluate_bound / evaluate_default / evaluate_value
from typing import NoDefault, TypeVar, TypeAliasType, ParamSpec, TypeVarTuple

def show(label, thunk):
    try:
        print(label, '=>', repr(thunk()))
    except Exception as e:
        print(label, '=>', type(e).__name__ + ':', e)

print(NoDefault, repr(NoDefault), type(NoDefault).__name__, NoDefault.__reduce__())
print(type(NoDefault)() is NoDefault, bool(NoDefault))
show('NoDefaultType(1)', lambda: type(NoDefault)(1))
show('NoDefaultType(x=1)', lambda: type(NoDefault)(x=1))
show('subclass', lambda: type('N', (type(NoDefault),), {}))

B = TypeVar('B', bound=list[int])
ev = B.evaluate_bound
print(ev, type(ev).__name__, type(ev).__module__, type(ev).__qualname__)
print(ev(1), ev(2), ev(3), ev(4), ev(5))
show('no args', lambda: ev())
show('two args', lambda: ev(1, 2))
show('keyword', lambda: ev(format=1))
show('str format', lambda: ev('1'))
show('float format', lambda: ev(1.0))
show('bool format', lambda: ev(True))
show('instantiate', lambda: type(ev)(1))
print(TypeVar('C', int, 'Fwd').evaluate_constraints(4), TypeVar('C', int, str).evaluate_constraints(1))
print(TypeVar('D', default=None).evaluate_default(4), TypeVar('D', default=...).evaluate_default(4))
print(TypeVar('D', default=type(None)).evaluate_default(4), TypeVar('D', default=3).evaluate_default(4))
print(TypeAliasType('A', dict[str, int]).evaluate_value(4), ParamSpec('P', default=[int]).evaluate_default(4))
print(TypeVarTuple('Ts', default=int).evaluate_default(4))

class Local:
    pass
print(TypeVar('E', default=Local).evaluate_default(4), TypeVar('E', default=Local | None).evaluate_default(4))
