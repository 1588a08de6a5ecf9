# ast: parse, dump, literal_eval, unparse, NodeVisitor/Transformer
import ast
tree = ast.parse("x = 1 + 2 * y\nprint(x)")
print(ast.dump(tree))
print(ast.dump(ast.parse("f(a, *b, k=1, **c)", mode="eval"), indent=1))
print(ast.dump(ast.parse("lambda x, /, y=2, *, z: x", mode="eval").body.args))
print(ast.literal_eval("[1, 2.5, 'three', (4,), {'five': 5}, {6}, None, True, -7, 1+2j]"))
for bad in ["x + 1", "f()", "__import__('os')", "[1, 2"]:
    try:
        ast.literal_eval(bad)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, str(e)[:60])
print(ast.unparse(ast.parse("if a:\n  b = [i for i in c if i]\nelse:\n  d: int = {**e}")))
print(ast.unparse(ast.parse("async def f():\n    async with a as b:\n        await c\n    return (yield)")))
class CountNames(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Name(self, node):
        self.names.append(node.id)
        self.generic_visit(node)
v = CountNames()
v.visit(ast.parse("a = b + c(d, e=f)"))
print(v.names)
class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
t = ast.fix_missing_locations(Double().visit(ast.parse("r = 1 + 20", mode="exec")))
ns = {}
exec(compile(t, "<ast>", "exec"), ns)
print(ns["r"], ast.unparse(t))
node = ast.parse("a.b[c]", mode="eval").body
print(type(node).__name__, node.lineno, node.col_offset, node.end_col_offset, [type(n).__name__ for n in ast.walk(node)])
print(ast.get_docstring(ast.parse('"""Module doc."""\nx = 1')), ast.dump(ast.parse("match x:\n case [1, *r]: pass").body[0].cases[0].pattern))
print(ast.dump(ast.parse("t'{x!r:>3}'", mode="eval").body) if hasattr(ast, "TemplateStr") else "no t-strings")
