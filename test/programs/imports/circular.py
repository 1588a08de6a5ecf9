# Circular imports: partially initialized modules, the "most likely due to a circular import" message
import os, sys

BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '_t_circular')

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

write('ca.py', 'import cb\nA = "a"\ndef f():\n    return cb.B\n')
write('cb.py', 'import ca\nB = "b"\nprint("cb sees ca partially:", hasattr(ca, "A"))\n')
write('cx.py', 'from cy import Y\nX = 1\n')
write('cy.py', 'from cx import X\nY = 2\n')
write('cp/__init__.py', 'from . import m1\n')
write('cp/m1.py', 'from . import m2\nV1 = 1\n')
write('cp/m2.py', 'from . import m1\nV2 = m1\n')
sys.path.insert(0, BASE)
try:
    import ca
    print(ca.f(), ca.cb.ca is ca)
    try:
        import cx
    except ImportError as e:
        print(type(e).__name__, str(e).replace(BASE, '<BASE>'), e.name, e.name_from)
    print('cx' in sys.modules, 'cy' in sys.modules)
    import cp
    print(cp.m1.V1, cp.m1.m2.V2 is cp.m1)
finally:
    sys.path.remove(BASE)
    for k in ['ca', 'cb', 'cx', 'cy', 'cp', 'cp.m1', 'cp.m2']:
        sys.modules.pop(k, None)
    cleanup()
