# PEP 649/749 on modules: __annotate__ in the module dict, __annotations__ computed on access and
# cached once the module finished importing; the names inside the module; set and delete.
import sys
import types
x: int = 1
y: 'fwd'
if x:
    z: float
print('__annotations__' in globals(), '__annotate__' in globals())
me = sys.modules[__name__]
print(me.__annotations__)
print('__annotations__' in globals(), type(globals()['__annotate__']).__name__)
print(sorted(me.__annotate__.__code__.co_names))

import os
BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '_t_modules')
os.makedirs(BASE, exist_ok=True)
with open(os.path.join(BASE, 'mod_ann.py'), 'w') as fh:
    fh.write('''import sys
top: int = 1
mid: 'Later'
# While the module runs, its annotations are computed but not cached.
this = sys.modules[__name__]
print('during import:', this.__annotations__, '__annotations__' in this.__dict__)
class Later:
    pass
''')
with open(os.path.join(BASE, 'plain.py'), 'w') as fh:
    fh.write('value = 3\n')
sys.path.insert(0, BASE)
try:
    import mod_ann
    print(mod_ann.__annotations__, '__annotations__' in mod_ann.__dict__)
    import plain
finally:
    for name in os.listdir(BASE):
        p = os.path.join(BASE, name)
        if os.path.isdir(p):
            for sub in os.listdir(p):
                os.remove(os.path.join(p, sub))
            os.rmdir(p)
        else:
            os.remove(p)
    os.rmdir(BASE)
print(plain.__annotate__, '__annotate__' in plain.__dict__, plain.__annotations__, '__annotations__' in plain.__dict__)

m = types.ModuleType('m')
print(sorted(m.__dict__))
print(m.__annotations__, sorted(m.__dict__))
m.__annotate__ = lambda format: {'m': format}
print('__annotations__' in m.__dict__, m.__annotations__)
for bad in (1, 'x'):
    try:
        m.__annotate__ = bad
    except TypeError as e:
        print('TypeError', e)
try:
    del m.__annotate__
except TypeError as e:
    print('TypeError', e)
m.__annotations__ = {'set': 2}
print(m.__annotations__, m.__dict__.get('__annotate__', 'gone'))
del m.__annotations__
try:
    del m.__annotations__
except AttributeError as e:
    print('AttributeError', e)
print(m.__annotations__)
m.__annotations__ = 'not a dict'
print(m.__annotations__)
m2 = types.ModuleType('m2')
m2.__annotate__ = lambda format: 7
try:
    m2.__annotations__
except TypeError as e:
    print('TypeError', e)

ns = {}
exec('a: int = 1\nb: str', ns)
print(sorted(k for k in ns if k.startswith('__')), ns['__annotate__'](1))
ns2 = {}
exec('from __future__ import annotations\na: int = 1\nb: list[str]', ns2)
print(ns2.get('__annotations__'), '__annotate__' in ns2)
