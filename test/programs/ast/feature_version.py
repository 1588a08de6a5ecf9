# ast.parse(feature_version=...): compile's _feature_version, honoured with PyCF_ONLY_AST only.
# (A node that contains itself raises RecursionError in compile(); the oracle cannot run that test:
# its WebAssembly stack overflows first.)
import ast

cases = [
    ('(x := 0)', 8),
    ('def f(a, /): pass', 8),
    ('lambda x, /: x', 8),
    ('x: int = 1', 6),
    ('async def f(): await x', 5),
    ('match x:\n    case 1: pass', 10),
    ('try:\n    pass\nexcept* E:\n    pass', 11),
    ('type X = int', 12),
    ('class X[T]: pass', 12),
    ('def f[**P=int](): pass', 13),
    ("t'{x}'", 14),
    ('try:\n    pass\nexcept A, B:\n    pass', 14),
    ('a @ b', 5),
]
for src, needed in cases:
    for minor in (needed - 1, needed):
        try:
            ast.parse(src, feature_version=(3, minor))
            print(minor, 'ok', repr(src))
        except SyntaxError as e:
            print(minor, 'SyntaxError', e.msg, e.lineno, e.offset)
# Without PyCF_ONLY_AST the feature version is ignored.
print(compile('(x := 0)', '<s>', 'exec', _feature_version=7).co_names)
print(ast.dump(ast.parse('x = 1', feature_version=(3, 4))))
for bad in ((2, 7), (4, 0), 'x', (3,)):
    try:
        ast.parse('1', feature_version=bad)
        print('accepted', bad)
    except Exception as e:
        print(type(e).__name__, e)

