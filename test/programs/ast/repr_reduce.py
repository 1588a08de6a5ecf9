# repr (3.14's abbreviated form), __reduce__, copy, deepcopy and copy.replace of nodes.
import ast
import copy
import warnings

warnings.simplefilter('ignore', DeprecationWarning)

tree = ast.parse('def f(a, b=1, *c, d, **e):\n    return [a, b, c, d, e, 5, 6]\nx = {1: 2}\n')
print(repr(tree))
for node in ast.walk(tree):
    print(repr(node))
print(repr(ast.AST()), repr(ast.Pass()), repr(ast.Add()))
print(repr(ast.Tuple(elts=(ast.Constant(1), ast.Constant(2), ast.Constant(3)))))
print(repr(ast.List(elts=[])))
n = ast.Name('x')
n.id = n
print(repr(n))
print(repr(ast.Constant(value='a' * 3, kind='u')))
deep = ast.parse('((((((((1))))))))+[[[[[[2]]]]]]', mode='eval')
print(repr(deep))

n = ast.Name('x', ast.Store(), lineno=1, col_offset=2)
r = n.__reduce__()
print(r[0], r[1], r[2], r[2] is n.__dict__)
print(ast.AST().__reduce__())
print(ast.Pass().__reduce__())
e = ast.Name()
print(e.__reduce__())
r = copy.replace(n, id='y')
print(vars(r), r is n)
r = n.__replace__(ctx=ast.Load(), end_lineno=9)
print(vars(r))
for kwargs in [{'spam': 1}, {}, {'id': 'q', 'eggs': 2}]:
    try:
        print(vars(ast.Name().__replace__(**kwargs)))
    except TypeError as x:
        print('TypeError', x)
try:
    n.__replace__(1)
except TypeError as x:
    print('TypeError', x)
try:
    ast.FunctionDef().__replace__()
except TypeError as x:
    print('TypeError', x)
print(vars(ast.FunctionDef(name='f', args=ast.arguments()).__replace__(name='g')))
print(ast.AST.__replace__.__doc__)
print(ast.AST.__replace__.__text_signature__)
