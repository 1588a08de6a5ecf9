# ast.parse in every mode and with its options, and ast.dump with its options.
import ast
import warnings

warnings.simplefilter('ignore', DeprecationWarning)

src = '''\
"""Module doc."""
from __future__ import annotations
import os.path as p, sys
from .. import (a as b, c)
x: int = 1  # type: ignore
async def f(a, /, b: int = 2, *args, c, d=3, **kw) -> None:
    """Function doc."""
    async with a as (b, c), d:
        await b
    async for i in c:
        yield i
    return [i async for i in c if i]
@dec
class C[T: int = str, *Ts, **P](B, metaclass=M):
    type Alias[U] = list[U]
    def g(self): nonlocal_ = lambda *, k=1: k; return self
try:
    pass
except* (ValueError, TypeError) as e:
    raise RuntimeError() from e
else:
    del x[1:2, ::3], y.z
finally:
    global q
match v:
    case [1, *rest] | {'k': _, **kw} if rest: pass
    case Point(x=0, y=-1.5j) | None | True: pass
    case str() as s: pass
f"{x!r:>{w}} {y=}", t"{z} {z!s:{w}}", b'\\x00', 1_000, 0x1f, 1e10, 3j, ...
(a := 1) if not b else c or d and e
{**d, 1: 2}, {1, 2}, {k: v for k, v in z}, (i for i in j), [*a, *b]
a < b <= c != d is not e not in f
-a + +b - ~c * d / e // f % g ** h @ i << j >> k & l ^ m | n
'''
tree = ast.parse(src)
print(ast.dump(tree))
print(ast.dump(tree, include_attributes=True))
print(ast.dump(tree, indent=2, include_attributes=True))
print(ast.dump(tree.body[5], indent='\t', annotate_fields=False))
print(ast.dump(tree.body[0], show_empty=True))
print(ast.dump(ast.parse('x = 1', type_comments=True), show_empty=True))
print(ast.dump(ast.parse('x = 1  # type: int', type_comments=True)))
print(ast.dump(ast.parse('def f(a, # type: int\n b):\n # type: (...) -> None\n pass', type_comments=True)))
print(ast.dump(ast.parse('import x  # type: ignore[attr]', type_comments=True)))
print(ast.dump(ast.parse('1 + 2', mode='eval'), include_attributes=True))
print(ast.dump(ast.parse('x = 1; y = 2', mode='single')))
print(ast.dump(ast.parse('(int, str) -> bool', mode='func_type')))
print(ast.dump(ast.parse(b'x = "\\xe9"\n')))
print(ast.dump(ast.parse('1 + 2 * 3; "a" "b"; x[1:2]; -(5)', optimize=1)))
print(ast.dump(ast.parse('def f():\n "doc"\n assert x\n return __debug__', optimize=2)))
print(ast.dump(ast.parse('def f():\n "doc"\n assert x\n return __debug__', optimize=0)))
print(ast.dump(compile('(1, 2) + (3,)', '<s>', 'eval', ast.PyCF_OPTIMIZED_AST)))
print(ast.dump(compile('await x', '<s>', 'exec', ast.PyCF_ONLY_AST | ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)))
print(ast.dump(ast.parse('match x:\n case -1: pass\n case 1+2j: pass', optimize=1)))
for bad in ['x = ', 'def f(:', 'f(**a, *b)', '1 = 2']:
    try:
        ast.parse(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    ast.parse('x', mode='nope')
except ValueError as e:
    print(e)
try:
    compile('x', '<s>', 'func_type')
except ValueError as e:
    print(e)
t = ast.parse('a')
print(ast.parse(t) is t, ast.dump(compile(t, '<s>', 'exec', ast.PyCF_ONLY_AST)) == ast.dump(t))
print(compile(t, '<s>', 'exec', ast.PyCF_ONLY_AST) is t)
print(ast.dump(ast.parse('x = 1', feature_version=(3, 8))))
print(ast.dump(ast.Module([ast.Expr(ast.Constant(1))]), include_attributes=True))
print(ast.dump(ast.Constant(value=...)), ast.dump(ast.Constant(b'1', kind=None)), ast.dump(ast.MatchSingleton(None)))
print(ast.dump(ast.Name()), ast.dump(ast.AST()), ast.dump(ast.Name(id=[1, ast.Load()])))
