# The code type: attributes, methods, code() and replace() with their errors, equality and hashing.

src = '''
def f(a, b=1, *args, c, **kw):
    x = [y for y in args]
    def g():
        return a + x
    return g

class C:
    def m(self):
        return __class__

async def h(it):
    async for v in it:
        if v is None:
            break
    return 2
'''
mod = compile(src, 'x.py', 'exec')
CodeType = type(mod)
codes = [mod]
for co in codes:
    codes.extend(c for c in co.co_consts if isinstance(c, CodeType))

print(type(mod).__name__, type(mod) is CodeType, CodeType.__doc__)
print(sorted(n for n in vars(CodeType) if not n.startswith('__') or n == '__replace__'))
for n in ('replace', '__replace__', 'co_lines', 'co_positions', 'co_branches', '_varname_from_oparg'):
    print(n, getattr(CodeType, n).__text_signature__)

for co in codes:
    print(co.co_qualname, co.co_name, co.co_filename, co.co_firstlineno)
    print('  ', co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals, co.co_stacksize, co.co_flags)
    print('  ', co.co_varnames, co.co_cellvars, co.co_freevars, co.co_names)
    print('  ', [c if not isinstance(c, CodeType) else c.co_name for c in co.co_consts])
    print('  ', co.co_code == co._co_code_adaptive, len(co.co_code), co.co_linetable.hex(), co.co_exceptiontable.hex())
    print('  ', list(co.co_lines()))
    print('  ', list(co.co_positions())[:6])
    print('  ', list(co.co_branches()))
    print('  ', type(co.co_lines()).__name__, type(co.co_positions()).__name__, type(co.co_branches()).__name__)
    print('  ', [co._varname_from_oparg(i) for i in range(len(set(co.co_varnames + co.co_cellvars + co.co_freevars)))])
    print('  ', repr(co).split(' at ')[0], repr(co).split(', ')[1:])
    print('  ', co == co.replace(), hash(co) == hash(co.replace()), co != co.replace(co_name='zz'))


def err(fn):
    try:
        r = fn()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', repr(r) if not isinstance(r, CodeType) else (r.co_name, r.co_varnames, r.co_cellvars, r.co_freevars, r.co_nlocals))


f = codes[1]
print(f.co_name)
err(lambda: f.replace(co_code='x'))
err(lambda: f.replace(co_argcount='x'))
err(lambda: f.replace(co_consts=[1]))
err(lambda: f.replace(co_names=(1,)))
err(lambda: f.replace(co_varnames=('a',)))
err(lambda: f.replace(co_name=1))
err(lambda: f.replace(1))
err(lambda: f.replace(co_argcount=-2))
err(lambda: f.replace(co_nlocals=5))
err(lambda: f.replace(co_argcount=9))
err(lambda: f.replace(co_name='g'))
err(lambda: f.replace(co_nam='x'))
err(lambda: f.replace(co_name='x', zz=1))
err(lambda: f.replace(co_linetable=1))
err(lambda: f.replace(co_exceptiontable=''))
err(lambda: f.replace(co_filename=b'x'))
err(lambda: f.replace(co_qualname=None))
err(lambda: f.replace(co_cellvars=['a']))
err(lambda: f.replace(co_stacksize=2**40))
err(lambda: f.replace(co_flags=1.5))
err(lambda: f.replace(co_posonlyargcount=3))
err(lambda: f.replace(co_kwonlyargcount=-1))
err(lambda: f.replace(co_consts=(1, 2)).co_consts)
err(lambda: f.replace(co_code=b'\x00\x00\x00'))
err(lambda: f.replace(co_varnames=('a', 1)))
err(lambda: f.replace(co_cellvars=('a',)))
err(lambda: f.replace(co_freevars=('z',)))
err(lambda: f.replace(co_flags=-1))
err(lambda: f.replace(co_stacksize=0).co_stacksize)
err(lambda: f == f.replace(co_stacksize=9))
err(lambda: f == f.replace(co_filename='other'))
err(lambda: f == f.replace(co_qualname='other'))
err(lambda: f == f.replace(co_firstlineno=99))
err(lambda: f.replace(co_name='\xe9').co_name)
err(lambda: f._varname_from_oparg(99))
err(lambda: setattr(f, 'co_name', 'x'))
err(lambda: f < f)
err(lambda: f == 1)
err(lambda: len({f, f.replace(), f.replace(co_name='q')}))
err(lambda: CodeType())

C = CodeType
a = (f.co_argcount, f.co_posonlyargcount, f.co_kwonlyargcount, f.co_nlocals, f.co_stacksize, f.co_flags,
     f.co_code, f.co_consts, f.co_names, f.co_varnames, f.co_filename, f.co_name, f.co_qualname,
     f.co_firstlineno, f.co_linetable, f.co_exceptiontable)
err(lambda: C(*a) == f)
err(lambda: C(*a, (), ('a',)))
err(lambda: C(*a, (), (), 1))
err(lambda: C(-1, *a[1:]))
err(lambda: C(*a[:3], -1, *a[4:]))
err(lambda: C(*a[:6], 'x', *a[7:]))
err(lambda: C(*a[:7], [1], *a[8:]))
err(lambda: C(*a[:8], (1,), *a[9:]))
err(lambda: C(*a[:10], b'x', *a[11:]))
err(lambda: C(*a, ('q',), []))
err(lambda: C(*a, (1,), ()))
err(lambda: C(*a[:15], None))
err(lambda: C(*a, x=1))
err(lambda: C(*a[:6], b'\x00', *a[7:]))
err(lambda: C(5, 6, *a[2:]))

