# importlib: import_module (absolute and relative), reload, find_spec, spec_from_file_location, module_from_spec, resolve_name; pkgutil
import os, sys, importlib, importlib.util, importlib.machinery, pkgutil

BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '_t_importlib_api')

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

write('kit/__init__.py', 'COUNT = 0\n')
write('kit/tool.py', 'import kit\nkit.COUNT += 1\nN = kit.COUNT\n')
write('kit/sub/__init__.py', '')
write('kit/sub/leaf.py', 'LEAF = "leaf"\n')
write('standalone.py', 'VALUE = "standalone"\n')
sys.path.insert(0, BASE)
try:
    t = importlib.import_module('kit.tool')
    print(t.N, t.__name__)
    print(importlib.import_module('.sub.leaf', 'kit').LEAF)
    print(importlib.import_module('..tool', 'kit.sub').N)
    try:
        importlib.import_module('.x')
    except TypeError as e:
        print('TypeError', e)
    t2 = importlib.reload(t)
    print(t2 is t, t.N)
    spec = importlib.util.find_spec('kit.sub.leaf')
    print(spec.name, os.path.relpath(spec.origin, BASE), spec.parent, type(spec.loader).__name__)
    print(importlib.util.find_spec('no_such_thing_abc'))
    try:
        importlib.util.find_spec('no_such_parent_abc.child')
    except ModuleNotFoundError as e:
        print('ModuleNotFoundError', e)
    spec = importlib.util.spec_from_file_location('loaded_by_path', os.path.join(BASE, 'standalone.py'))
    mod = importlib.util.module_from_spec(spec)
    print(mod.__name__, 'VALUE' in vars(mod))
    spec.loader.exec_module(mod)
    print(mod.VALUE, 'loaded_by_path' in sys.modules)
    print(importlib.util.resolve_name('.a', 'pkg.sub'), importlib.util.resolve_name('..a', 'pkg.sub'), importlib.util.resolve_name('x', None))
    try:
        importlib.util.resolve_name('...a', 'pkg.sub')
    except ImportError as e:
        print('ImportError', e)
    print(sorted(m.name for m in pkgutil.iter_modules([os.path.join(BASE, 'kit')])))
    print([(m.name, m.ispkg) for m in pkgutil.iter_modules([os.path.join(BASE, 'kit')])])
    print(sorted(n for _, n, _ in pkgutil.walk_packages([BASE]) if n.startswith('kit')))
    print(importlib.util.MAGIC_NUMBER == importlib.util.MAGIC_NUMBER, len(importlib.util.MAGIC_NUMBER))
    print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BYTECODE_SUFFIXES)
    print(type(importlib.machinery.PathFinder.find_spec('standalone', [BASE]).loader).__name__)
    src = importlib.util.decode_source(b'# coding: latin-1\nx = "\xe9"\n')
    print(repr(src))
    importlib.invalidate_caches()
    print(sys.modules['kit.tool'] is t)
finally:
    sys.path.remove(BASE)
    for k in [k for k in sys.modules if k.startswith('kit') or k in ('standalone', 'loaded_by_path')]:
        del sys.modules[k]
    cleanup()
