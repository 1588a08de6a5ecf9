# The helpers of Lib/ast.py: walk, visitors, transformers, locations, docstrings, segments, compare.
import ast

src = '''\
def outer(a, b=2):
    """Outer doc.

        Indented line.
    """
    def inner():
        'inner doc'
        return a + b
    return inner
class K:
    """K doc"""
    x = 1
async def co():
    """co doc"""
value = outer(1)(  ) + 10
'''
tree = ast.parse(src)
print([type(n).__name__ for n in ast.walk(tree)])
print(list(ast.iter_fields(tree.body[2])))
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[0])])
for node in ast.walk(tree):
    if isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef, ast.Module)):
        print(type(node).__name__, repr(ast.get_docstring(node)), repr(ast.get_docstring(node, clean=False)))
try:
    ast.get_docstring(tree.body[0].body[0])
except TypeError as e:
    print(e)
call = tree.body[-1].value
print(repr(ast.get_source_segment(src, call)), repr(ast.get_source_segment(src, tree.body[0].body[1], padded=True)))
print(ast.get_source_segment(src, ast.Name('x')))


class Names(ast.NodeVisitor):
    def __init__(self):
        self.names = []

    def visit_Name(self, node):
        self.names.append((node.id, type(node.ctx).__name__, node.lineno))
        self.generic_visit(node)

    def visit_Constant(self, node):
        self.names.append(('const', node.value))


v = Names()
v.visit(tree)
print(v.names)


class Upper(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.copy_location(ast.Name(node.id.upper(), node.ctx), node)

    def visit_Constant(self, node):
        if node.value == 10:
            return None
        return node

    def visit_Expr(self, node):
        self.generic_visit(node)
        return [node, ast.Pass()]


t2 = Upper().visit(ast.parse('x = y + 10\nf(a, 10)\n"doc"'))
print(ast.dump(t2, include_attributes=True))

t3 = ast.parse('a = 1\nif a:\n    b = 2\n')
ast.increment_lineno(t3, 10)
print([(type(n).__name__, getattr(n, 'lineno', None), getattr(n, 'end_lineno', None)) for n in ast.walk(t3)])
ast.increment_lineno(ast.parse('x', mode='eval'), 3)
new = ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('hi')], []))
t4 = ast.Module([new], [])
ast.fix_missing_locations(t4)
print(ast.dump(t4, include_attributes=True))
exec(compile(t4, '<fixed>', 'exec'))
n1 = ast.Name('q', ast.Load())
ast.copy_location(n1, ast.Name('r', lineno=4, col_offset=5, end_lineno=None, end_col_offset=7))
print(vars(n1))

a = ast.parse('x + 1  # c')
b = ast.parse('x+1')
print(ast.compare(a, b), ast.compare(a, b, compare_attributes=True), ast.compare(a, ast.parse('x + 2')))
print(ast.compare(ast.Name('x'), ast.Name('x', ast.Load())))

for text in ['1', '-2.5', '+3', '1+2j', '-1-2j', "'s'", "b'b'", '(1, [2, {3: 4}], {5})', 'set()', 'None', 'True', '...',
             "{'a': (1, 2)}", '-(1)', '1+1', 'x', 'f()', '[*a]', '{**a}', '2j+1', '- - 1', '0x10']:
    try:
        print(text, '->', repr(ast.literal_eval(text)))
    except (ValueError, TypeError, SyntaxError) as e:
        print(text, '->', type(e).__name__, e)
print(ast.literal_eval(ast.parse('[1, 2]', mode='eval')))
print(ast.literal_eval(ast.Constant(5)))
try:
    ast.literal_eval(' \t 1')
except Exception as e:
    print(type(e).__name__, e)
print(ast.literal_eval(' \t 1 '))
