# Module __getattr__ and __dir__ (PEP 562), module attributes, from-imports through __getattr__
import os, sys, types

BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '_t_module_getattr')

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

write('lazy.py', '''
REAL = 1
def __getattr__(name):
    if name.startswith("dyn_"):
        return name.upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__():
    return ["REAL", "dyn_a", "zzz"]
''')
sys.path.insert(0, BASE)
try:
    import lazy
    print(lazy.REAL, lazy.dyn_x, getattr(lazy, 'dyn_y'), hasattr(lazy, 'other'))
    from lazy import dyn_z
    print(dyn_z)
    try:
        from lazy import other
    except ImportError as e:
        print(type(e).__name__, str(e).replace(BASE, '<BASE>'))
    try:
        lazy.other
    except AttributeError as e:
        print('AttributeError', e)
    print(dir(lazy))
    m = types.ModuleType('fresh', 'the doc')
    print(m.__name__, m.__doc__, m.__spec__, m.__loader__, m.__package__, sorted(vars(m)))
    try:
        m.missing
    except AttributeError as e:
        print('AttributeError', e, e.name, e.obj is m)
    print(repr(m), repr(sys), repr(os)[:22])
    m.__file__ = '/x/fresh.py'
    print(repr(m))
    del m.__name__
    try:
        m.nothing
    except AttributeError as e:
        print('AttributeError', e)
    print(repr(m))
    sys.modules['fake_mod'] = m
    import fake_mod
    print(fake_mod is m)
    del sys.modules['fake_mod']
finally:
    sys.path.remove(BASE)
    sys.modules.pop('lazy', None)
    cleanup()
