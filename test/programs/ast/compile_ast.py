# compile() of hand-made ASTs: conversion errors (obj2ast) and validation errors (ast.c).
import ast
import warnings

warnings.simplefilter('ignore', DeprecationWarning)


def L(node):
    return ast.fix_missing_locations(node)


def try_compile(tree, mode='exec'):
    try:
        code = compile(tree, '<ast>', mode)
    except Exception as e:
        print(type(e).__name__ + ':', e)
        return None
    return code


def mod(*stmts):
    return L(ast.Module(body=list(stmts), type_ignores=[]))


def expr(e):
    return mod(ast.Expr(e))


n = lambda name, ctx=None: ast.Name(name, ctx or ast.Load())
c = ast.Constant

# Working trees.
code = try_compile(mod(ast.Assign([n('x', ast.Store())], c(42)), ast.Expr(ast.Call(n('print'), [n('x')], []))))
exec(code)
print(eval(try_compile(L(ast.Expression(ast.BinOp(c(6), ast.Mult(), c(7)))), 'eval')))
exec(try_compile(L(ast.Interactive([ast.Expr(c('shown'))])), 'single'))
f = ast.FunctionDef('f', ast.arguments(args=[ast.arg('a')]), [ast.Return(ast.BinOp(n('a'), ast.Add(), c(1)))], [])
ns = {}
exec(try_compile(mod(f)), ns)
print(ns['f'](1))
print(eval(compile(L(ast.Expression(c((1, 2, frozenset())))), '<c>', 'eval')))

# Mode mismatches.
try_compile(ast.Expression(c(1)))
try_compile(mod(), 'eval')
try_compile(mod(), 'single')
try_compile(ast.Name('x'))
try_compile(ast.Constant(1), 'eval')

# Conversion errors.
try_compile(ast.Module())
try_compile(ast.Module(body=(), type_ignores=[]))
try_compile(mod(ast.Pass(lineno='1', col_offset=0)))
try_compile(ast.Module([ast.Pass()], []))
try_compile(ast.Module([ast.Pass(lineno=1)], []))
try_compile(ast.Module([ast.Pass(lineno=2**40, col_offset=0)], []))
try_compile(mod(ast.Expr(3)))
try_compile(mod(ast.Expr(n(5))))
try_compile(mod(ast.Expr(ast.Name(b'x', ast.Load()))))
try_compile(mod(ast.Expr(ast.Name('x', 'Load'))))
try_compile(mod(ast.Expr(ast.Name('x', None))))
try_compile(mod(ast.Expr(None)))
try_compile(mod(ast.Expr(ast.Name(None, ast.Load()))))
try_compile(mod(ast.Expr(ast.BinOp(c(1), ast.Load(), c(2)))))
try_compile(mod(ast.Expr(ast.Call(n('f'), [None], []))))
try_compile(mod(ast.Expr(ast.Call(n('f'), [], [None]))))
try_compile(mod(ast.Expr(ast.Call(n('f'), [], [ast.keyword('k', 1)]))))
try_compile(mod(ast.ImportFrom('m', [ast.alias('x')], level=-1)))
try_compile(mod(ast.ImportFrom('m', [ast.alias('x')], level=None)))
try_compile(mod(ast.Import([ast.alias()])))
try_compile(mod(None))
try_compile(mod(ast.FunctionDef('f', None, [ast.Pass()], [])))
try_compile(L(ast.Module([ast.FunctionDef('f', ast.arguments(), [ast.Pass()], [], type_comment=b'x')], [])))
try_compile(ast.Module([], [ast.TypeIgnore(1, 2)]))
try_compile(ast.Module([], [ast.TypeIgnore(1, 'x')]))

# Validation errors.
try_compile(mod(ast.Expr(n('x', ast.Store()))))
try_compile(mod(ast.Assign([n('x')], c(1))))
try_compile(mod(ast.Assign([c(1)], c(1))))
try_compile(mod(ast.Assign([], c(1))))
try_compile(mod(ast.Delete([])))
try_compile(mod(ast.Delete([n('x', ast.Store())])))
try_compile(mod(ast.Expr(n('None'))))
try_compile(mod(ast.Expr(n('True'))))
try_compile(mod(ast.Expr(ast.BoolOp(ast.And(), [c(1)]))))
try_compile(mod(ast.Expr(ast.Dict([c(1)], []))))
try_compile(mod(ast.Expr(ast.Dict([None], [c(1)]))))
try_compile(mod(ast.Expr(ast.Dict([c(1)], [None]))))
try_compile(mod(ast.Expr(ast.Compare(c(1), [], []))))
try_compile(mod(ast.Expr(ast.Compare(c(1), [ast.Lt()], [c(1), c(2)]))))
try_compile(mod(ast.Expr(ast.ListComp(c(1), []))))
try_compile(mod(ast.Expr(ast.Constant([1]))))
try_compile(mod(ast.Expr(ast.Constant((1, [2])))))
try_compile(mod(ast.Expr(ast.Constant(object()))))
try_compile(mod(ast.Expr(ast.NamedExpr(ast.Attribute(n('a'), 'b', ast.Store()), c(1)))))
try_compile(mod(ast.If(c(1), [], [])))
try_compile(mod(ast.While(c(1), [ast.Pass()], [None])))
try_compile(mod(ast.For(c(1), n('x'), [ast.Pass()], [])))
try_compile(mod(ast.With([], [ast.Pass()])))
try_compile(mod(ast.Raise(None, c(1))))
try_compile(mod(ast.Try([ast.Pass()], [], [], [])))
try_compile(mod(ast.Try([ast.Pass()], [], [ast.Pass()], [ast.Pass()])))
try_compile(mod(ast.TryStar([ast.Pass()], [], [], [])))
try_compile(mod(ast.Try([ast.Pass()], [ast.ExceptHandler(None, None, [])], [], [])))
try_compile(mod(ast.AnnAssign(ast.Attribute(n('a'), 'b', ast.Store()), n('int'), None, 1)))
try_compile(mod(ast.TypeAlias(c(1), [], c(2))))
try_compile(mod(ast.Import([])))
try_compile(mod(ast.Global([])))
try_compile(mod(ast.FunctionDef('f', ast.arguments(defaults=[c(1)]), [ast.Pass()], [])))
try_compile(mod(ast.FunctionDef('f', ast.arguments(kwonlyargs=[ast.arg('k')]), [ast.Pass()], [])))
try_compile(mod(ast.FunctionDef('f', ast.arguments(), [ast.Pass()], [], type_params=[ast.TypeVar('None')])))
try_compile(mod(ast.ClassDef('C', [], [], [], [])))
try_compile(mod(ast.Match(n('x'), [])))
pat = lambda p: mod(ast.Match(n('x'), [ast.match_case(p, None, [ast.Pass()])]))
try_compile(pat(ast.MatchValue(n('y'))))
try_compile(pat(ast.MatchValue(c(None))))
try_compile(pat(ast.MatchSingleton(1)))
try_compile(pat(ast.MatchStar('r')))
try_compile(pat(ast.MatchAs(ast.MatchAs(), None)))
try_compile(pat(ast.MatchAs(None, '_')))
try_compile(pat(ast.MatchOr([ast.MatchAs()])))
try_compile(pat(ast.MatchMapping([c(1)], [])))
try_compile(pat(ast.MatchClass(ast.Call(n('C'), [], []), [], [], [])))
try_compile(pat(ast.MatchClass(n('C'), [], ['a'], [])))
try_compile(pat(ast.MatchSequence([ast.MatchStar('r'), ast.MatchValue(ast.UnaryOp(ast.USub(), c(1)))])))
try_compile(mod(ast.Expr(ast.Name('x', ast.Load(), lineno=3, end_lineno=2, col_offset=0, end_col_offset=0))))
try_compile(mod(ast.Expr(ast.Name('x', ast.Load(), lineno=1, end_lineno=1, col_offset=5, end_col_offset=2))))
try_compile(mod(ast.Expr(ast.Name('x', ast.Load(), lineno=-1, end_lineno=1, col_offset=0, end_col_offset=0))))
try_compile(ast.Module([ast.Expr(ast.Name('x', ast.Load(), lineno=1, col_offset=0))], []))

# Compiler errors on a valid tree.
try_compile(mod(ast.Return(c(1))))
try_compile(mod(ast.Break()))
try_compile(mod(ast.Expr(ast.Await(n('x')))))
co = try_compile(mod(ast.Expr(ast.Call(n('print'), [c('located')], []))))
print(co.co_firstlineno, list(co.co_lines())[:2])
