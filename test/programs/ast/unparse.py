# ast.unparse round trips of varied code (Lib/_ast_unparse.py over the node objects).
import ast

samples = [
    'x = 1',
    'a, *b = c',
    'del a[1], b.c',
    'x: int = 3',
    'x += 1; y @= 2; z **= 3',
    'def f(a, /, b=1, *args, c, d=2, **kw) -> int:\n    return a',
    'async def f():\n    async with a as b, c:\n        await d\n    async for x in y:\n        pass',
    '@d1\n@d2(x)\nclass C(A, B, metaclass=M):\n    """Doc."""\n    pass',
    'class G[T: int, *Ts, **P]:\n    pass',
    'type A[T = int] = list[T]',
    'def g[T](x: T) -> T:\n    pass',
    'if a:\n    pass\nelif b:\n    pass\nelse:\n    pass',
    'while x:\n    break\nelse:\n    continue',
    'for i in range(3):\n    pass\nelse:\n    pass',
    'try:\n    pass\nexcept E as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    pass',
    'try:\n    pass\nexcept* E:\n    pass',
    'with a as (b, c):\n    pass',
    'import a.b as c, d\nfrom . import x\nfrom ..m import (y as z)',
    'global g\nnonlocal n',
    'assert x, "msg"',
    'lambda x, *, y=1: x + y',
    'a if b else c',
    '[x for x in y if x if z]',
    '{k: v for k, v in d.items()}',
    '{x async for x in y}',
    '(x for x in y)',
    'f(*a, b, *c, d=1, **e)',
    'a[1:2, ::3, ...]',
    'x = (yield)',
    'x = yield from y',
    'print(f"{a!r:>{w}} {b=} {{}}")',
    "t'{x} and {y:.2f}'",
    'not a and (b or c) and not (d or e)',
    '-(-x) ** -y',
    '(a := 10)',
    "'\\n' 'x' 'y'",
    '1e1000, 1j, -0.0, 0xff, 1_000',
    'match p:\n    case [1, *r] | {"k": _, **kw} if r:\n        pass\n    case C(1, y=2) as z:\n        pass\n    case None:\n        pass',
    'x = 1  # type: int',
    'a < b <= c is not d not in e',
    '{**a, "b": 1}',
    '()',
    '(1,)',
    'x[()]',
    'print((yield))',
]
for s in samples:
    tree = ast.parse(s)
    out = ast.unparse(tree)
    print(out)
    print('  same tree:', ast.dump(ast.parse(out)) == ast.dump(tree))
print(ast.unparse(ast.BinOp(ast.Name('a'), ast.Mult(), ast.BinOp(ast.Name('b'), ast.Add(), ast.Constant(1)))))
print(ast.unparse(ast.parse('x = 1  # type: int', type_comments=True)))
