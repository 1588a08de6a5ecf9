# The symtable module over pyts's _symtable: block types, names, scopes and flags of every symbol,
# the module's constants, errors of bad arguments and of programs.
import symtable, _symtable
src = '''
import os
x = 1
def f(a, *args, b=2, **kw):
    global x
    y = a + x
    def g():
        nonlocal y
        return y
    return [i for i in range(3)]
class C[T]:
    z: int = 3
    def m(self): return __class__
type A[U] = list[U]
lambda q: q
'''
t = symtable.symtable(src, 'top.py', 'exec')
def walk(t, d=0):
    print(' ' * d, t.get_type(), t.get_name(), t.get_lineno(), t.is_nested(), t.is_optimized(), sorted(t.get_identifiers()))
    for s in sorted(t.get_symbols(), key=lambda s: s.get_name()):
        print(' ' * d, ' ', s.get_name(), s.is_referenced(), s.is_global(), s.is_local(), s.is_free(), s.is_parameter(), s.is_imported(), s.is_assigned(), s.is_nonlocal(), s.is_declared_global(), s.is_annotated())
    if t.get_type() == symtable.SymbolTableType.FUNCTION:
        print(' ' * d, '  params', t.get_parameters(), 'locals', t.get_locals(), 'globals', t.get_globals(), 'frees', t.get_frees(), 'nonlocals', t.get_nonlocals())
    for c in t.get_children():
        walk(c, d + 2)
walk(t)
print(list(t.get_identifiers()))
print(type(t._table).__name__, type(t._table).__module__)
for k in sorted(dir(_symtable)):
    if k.isupper(): print(k, getattr(_symtable, k))
for bad in [(1, 'f', 'exec'), ('x', 'f', 'bad'), ('x', 'f', 1), ('x = (', 'f.py', 'exec'), ('def f():\n  nonlocal q\n', 's.py', 'exec'), ('1+1', 'e', 'eval'), (b'x=1', b'bytes.py', 'exec')]:
    try:
        r = _symtable.symtable(*bad)
        print('ok', r.name, r.type, r.symbols)
    except Exception as e:
        print(type(e).__name__, e)
e = _symtable.symtable('def h(): pass', 'x', 'exec')
print(e.children[0].name, e.children[0].varnames, e.children[0].nested, e.children[0].lineno, e.children is e.children, type(e.id))
try:
    e.name = 'q'
except AttributeError as ex:
    print('AttributeError', ex)
try:
    type(e)()
except TypeError as ex:
    print('TypeError', ex)
