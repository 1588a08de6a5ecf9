# ImportError and ModuleNotFoundError: messages, name, path, name_from; failed imports leave sys.modules clean
import os, sys

BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '_t_import_errors')

def write(rel, text):
    p = os.path.join(BASE, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, 'w') as f:
        f.write(text)

def cleanup():
    for root, dirs, files in os.walk(BASE, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        for name in dirs:
            os.rmdir(os.path.join(root, name))
    os.rmdir(BASE)

def show(e):
    path = None if e.path is None else os.path.relpath(e.path, BASE)
    print(type(e).__name__, '|', str(e).replace(BASE, '<BASE>'), '|', e.name, '|', path, '|', getattr(e, 'name_from', None))

write('pkg/__init__.py', 'A = 1\n')
write('pkg/boom.py', 'X = 1\nraise ValueError("boom at import")\n')
write('pkg/deep/__init__.py', 'from ... import nothing\n')
write('pkg/needs.py', 'import missing_dependency_xyz\n')
write('notpkg.py', 'Y = 2\n')
sys.path.insert(0, BASE)
try:
    for stmt in ['import no_such_module_xyz', 'import pkg.nothere', 'import notpkg.sub', 'from pkg import nothere',
                 'from notpkg import Z', 'import pkg.deep', 'import pkg.needs', 'from pkg import boom']:
        try:
            exec(stmt, {})
        except ImportError as e:
            print(stmt, '->', end=' ')
            show(e)
        except ValueError as e:
            print(stmt, '-> ValueError', e)
    print('pkg.boom' in sys.modules, 'pkg.needs' in sys.modules, 'pkg.deep' in sys.modules, 'pkg' in sys.modules)
    try:
        exec('from . import x', {'__name__': '__main__'})
    except ImportError as e:
        show(e)
    try:
        exec('from .. import x', {'__name__': 'a', '__package__': 'a'})
    except ImportError as e:
        show(e)
    try:
        __import__('x', globals={'__package__': 3}, level=1)
    except TypeError as e:
        print('TypeError', e)
    try:
        __import__('x', globals={}, level=1)
    except KeyError as e:
        print('KeyError', e)
    e = ImportError('msg', name='n', path='p')
    print(repr(e), e.msg, e.name, e.path, e.args)
    e = ModuleNotFoundError("No module named 'q'", name='q')
    print(repr(e), str(e), isinstance(e, ImportError))
    try:
        ImportError('x', bogus=1)
    except TypeError as e:
        print('TypeError', e)
    sys.modules['blocked_mod'] = None
    try:
        import blocked_mod
    except ImportError as e:
        show(e)
    del sys.modules['blocked_mod']
finally:
    sys.path.remove(BASE)
    for k in [k for k in sys.modules if k.startswith('pkg') or k == 'notpkg']:
        del sys.modules[k]
    cleanup()
