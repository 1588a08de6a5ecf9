# The classes of _ast/ast: hierarchy, fields, attributes, defaults, _field_types, docs, module contents.
import _ast
import ast

print(sorted(k for k in vars(_ast) if not k.startswith('__')) == sorted(k for k in dir(_ast) if not k.startswith('__')))
print([k for k in vars(_ast) if k.startswith('PyCF')], [getattr(_ast, k) for k in vars(_ast) if k.startswith('PyCF')])
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, ast.PyCF_OPTIMIZED_AST)
print(_ast.AST is ast.AST, type(ast.AST), ast.AST.__module__, ast.AST.__name__, ast.AST.__qualname__, ast.AST.__doc__)
print(ast.AST._fields, ast.AST._attributes, ast.AST.__match_args__, ast.AST.__base__)
print(hasattr(ast.AST, '_field_types'))

names = [k for k, v in vars(_ast).items() if isinstance(v, type) and issubclass(v, ast.AST)]
print(len(names), names[:12])
for name in names:
    cls = getattr(_ast, name)
    print(name, [c.__name__ for c in cls.__mro__], cls.__module__, cls.__qualname__)
    print('  fields', cls._fields, cls.__match_args__ is cls._fields or cls.__match_args__ == cls._fields)
    print('  attributes', cls._attributes)
    own = {k: v for k, v in vars(cls).items() if k not in ('__doc__', '__weakref__', '__dict__')}
    print('  own', sorted(own))
    print('  defaults', {k: v for k, v in own.items() if v is None})
    if '_field_types' in own:
        print('  field types', cls._field_types)
        print('  annotations', cls.__annotations__ == cls._field_types, cls.__annotations__ is cls._field_types)
    print('  doc', repr(cls.__doc__))
    print('  subclasses', [c.__name__ for c in cls.__subclasses__()])

# Classes added by ast.py for compatibility.
for name in ['slice', 'Index', 'ExtSlice', 'Suite', 'AugLoad', 'AugStore', 'Param']:
    cls = getattr(ast, name)
    print(name, [c.__name__ for c in cls.__mro__], cls.__doc__)
print(ast.Index(ast.Name('x')), ast.ExtSlice([ast.Name('x'), ast.Constant(1)]))
print(ast.Tuple([ast.Name('a')]).dims)
print(hasattr(ast, 'Num'), hasattr(ast, 'Str'))
print(issubclass(ast.Name, ast.expr), isinstance(ast.Name('x'), ast.AST), isinstance(ast.Load(), ast.expr_context))
