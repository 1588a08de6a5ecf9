# code object attributes and replace()
def f(a, b=1, *args, c, **kw):
    x = a + b
    def inner():
        return x
    return inner
co = f.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals)
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_names, co.co_filename.endswith("code_objects.py"), co.co_firstlineno)
print(co.co_flags & 0x4 != 0, co.co_flags & 0x8 != 0, co.co_flags & 0x20 != 0, co.co_stacksize > 0, type(co.co_code).__name__, len(co.co_code) % 2)
print([c for c in co.co_consts if not hasattr(c, "co_name")], [c.co_name for c in co.co_consts if hasattr(c, "co_name")])
inner_co = f(1, c=2).__code__
print(inner_co.co_freevars, inner_co.co_qualname)
print(list(co.co_lines())[:3] == list(co.co_lines())[:3], all(len(t) == 3 for t in co.co_lines()), all(len(p) == 4 for p in co.co_positions()))
co2 = co.replace(co_name="renamed")
print(co2.co_name, co2 == co, co2.co_varnames == co.co_varnames, co == f.__code__, hash(co) == hash(f.__code__))
def g():
    return 42
g.__code__ = g.__code__.replace(co_consts=tuple(99 if c == 42 else c for c in g.__code__.co_consts))
print(g())
print(type(co).__name__, repr(co).startswith("<code object f at"))
try:
    co.co_name = "x"
except AttributeError as e:
    print(type(e).__name__, e)
try:
    co.replace(co_bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
print(compile("a = 1", "<s>", "exec").co_names, (lambda: 0).__code__.co_name, (x for x in []).gi_code.co_name)
