# Constructing nodes: positional and keyword fields, defaults, errors and deprecation warnings.
import ast
import warnings


def show(f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            r = f()
        except Exception as e:
            print('  error', type(e).__name__, e)
            r = None
        # Sorted: fields missing together are reported in set order (hash-dependent).
        for x in sorted(str(x.message) for x in w):
            print('  warning', x)
    return r


n = ast.Name('x', ast.Load())
print(n.id, n.ctx, vars(n))
n = ast.Name(id='y')
print(vars(n), n.ctx is ast.Load() , type(n.ctx))
print(ast.Load() is ast.Load(), ast.Add() == ast.Add())
n = ast.Name('z', lineno=3, col_offset=4)
print(vars(n), n.end_lineno, n.end_col_offset)
b = ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))
print(ast.dump(b))
f = show(lambda: ast.FunctionDef('f'))
print(sorted(vars(f)), f.returns, f.type_comment, f.body, f.decorator_list, f.type_params)
print(sorted(vars(show(lambda: ast.FunctionDef())).items()))
show(lambda: repr(ast.FunctionDef()))
show(lambda: ast.Name('x', ast.Load(), 3))
show(lambda: ast.Pass(1))
show(lambda: ast.AST(1))
show(lambda: ast.Name('x', id='y'))
print(vars(show(lambda: ast.Name('x', spam=1))))
print(vars(show(lambda: ast.Name('x', lineno=1, end_lineno=2))))
print(vars(show(lambda: ast.Constant())))
print(vars(show(lambda: ast.ImportFrom(names=[]))))
print(vars(show(lambda: ast.Dict())))
print(vars(show(lambda: ast.comprehension())))
# Sorted: defaults are set in the (hash-dependent) order of a set of field names.
print(sorted(vars(show(lambda: ast.arguments())).items()))
print(vars(show(lambda: ast.MatchSingleton())))
print(vars(show(lambda: ast.TypeIgnore())))
print(vars(show(lambda: ast.AST(foo=1))))
a = ast.AST()
a.foo = 3
print(vars(a), a.__dict__ is vars(a))
show(lambda: ast.AST().foo)
show(lambda: ast.Name().id)

# Subclasses.
class MyNode(ast.AST):
    _fields = ('a', 'b')

m = show(lambda: MyNode(1))
print(vars(m))
m = show(lambda: MyNode(1, b=2, c=3))
print(vars(m))
show(lambda: MyNode(1, 2, 3))
print(ast.dump(MyNode(1, [ast.Name('q')])))

class Typed(ast.AST):
    _fields = ('a', 'b', 'c')
    _field_types = {'a': int, 'b': list[int]}

print(vars(show(lambda: Typed())))

class MyName(ast.Name):
    pass

mn = MyName('w')
print(vars(mn), isinstance(mn, ast.expr), mn)

class Point(ast.AST):
    _fields = ('x', 'y')
    _attributes = ('lineno',)

print(vars(show(lambda: Point(1, 2, lineno=5))))

# __match_args__ with match statements.
match ast.parse('a + 1', mode='eval').body:
    case ast.BinOp(ast.Name(name), ast.Add(), ast.Constant(value)):
        print('matched', name, value)
match ast.Name('x'):
    case ast.Name(id='x', ctx=ast.Load()):
        print('keyword match')

# __dict__ assignment.
n = ast.Name('x')
n.__dict__ = {'id': 'y'}
print(n.id, vars(n))
show(lambda: setattr(n, '__dict__', 3))
show(lambda: delattr(n, '__dict__'))
del n.id
show(lambda: n.id)
