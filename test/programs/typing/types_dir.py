# The native typing types as typing.py sees them: the _typing module, names, attributes, signatures
import _typing
import typing
print(sorted(n for n in dir(_typing) if not n.startswith('__')))
for name in ['TypeVar', 'ParamSpec', 'ParamSpecArgs', 'ParamSpecKwargs', 'TypeVarTuple', 'TypeAliasType', 'Generic', 'Union', 'NoDefault']:
    print(name, getattr(typing, name) is getattr(_typing, name))
types = [_typing.TypeVar, _typing.ParamSpec, _typing.ParamSpecArgs, _typing.ParamSpecKwargs, _typing.TypeVarTuple,
         _typing.TypeAliasType, _typing.Generic, type(_typing.NoDefault), type(_typing.TypeVar('T', bound=int).evaluate_bound)]
for t in types:
    print(t.__module__, t.__name__, t.__qualname__, repr(t))
    names = sorted(vars(t))
    print('  ', [n for n in names if n != '__doc__'])
    print('  ', bool(t.__flags__ & (1 << 10)), '__dict__' in dir(t), isinstance(t.__doc__, str))
    for n in names:
        v = vars(t)[n]
        if type(v).__name__ == 'method_descriptor':
            print('    ', n, v.__text_signature__)
print(_typing._idfunc(3), _typing._idfunc.__text_signature__, _typing.__name__)
try:
    _typing._idfunc()
except TypeError as e:
    print('TypeError:', e)
