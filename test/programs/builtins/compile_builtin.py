# compile(): modes, flags, errors, code object basics
c = compile("x = 1 + 2\ny = x * 2", "<demo>", "exec")
print(type(c).__name__, c.co_filename, c.co_name)
ns = {}
exec(c, ns)
print(ns["x"], ns["y"])
e = compile("3 * 7", "<expr>", "eval")
print(eval(e), e.co_name)
s = compile("1 + 1", "<single>", "single")
print(type(s).__name__)
import ast
tree = compile("a + b", "<ast>", "eval", ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree))
code_from_ast = compile(tree, "<from-ast>", "eval")
print(eval(code_from_ast, {"a": 2, "b": 3}))
print(compile(b"x = 'bytes source'", "<b>", "exec").co_consts)
for args in [("x = ", "<bad>", "exec"), ("1 +", "<bad>", "eval"), ("x = 1", "<bad>", "eval"), ("1", "<bad>", "bogus"), ("a\x00b", "<nul>", "exec"),
             ("def f():\n  return 1\n return 2", "<indent>", "exec"), ("if True:\n\tx = 1\n        y = 2", "<tab>", "exec")]:
    try:
        compile(*args)
        print("compiled", args[0])
    except (SyntaxError, ValueError) as err:
        print(type(err).__name__, err.args[0] if isinstance(err, ValueError) else (err.msg, err.lineno, err.offset))
try:
    compile()
except TypeError as err:
    print(type(err).__name__, err)
try:
    compile("1", "f", "exec", flags=1 << 30)
except ValueError as err:
    print(type(err).__name__, err)
co = compile("def f(a, b=2, *c, d, **e):\n    z = a\n    return z", "<f>", "exec")
fcode = [k for k in co.co_consts if hasattr(k, "co_name")][0]
print(fcode.co_name, fcode.co_argcount, fcode.co_kwonlyargcount, fcode.co_varnames, fcode.co_flags & 0xc, fcode.co_firstlineno)
print(compile("'''doc'''\nx=1", "m", "exec", optimize=2).co_consts)
print(compile("assert False", "m", "exec", optimize=1).co_names, compile("assert False", "m", "exec", optimize=0).co_names)
print(compile("x", "m", "eval", dont_inherit=True).co_names)
