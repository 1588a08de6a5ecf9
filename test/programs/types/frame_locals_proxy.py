# PEP 667: frame.f_locals of a function is a write-through FrameLocalsProxy (fast locals, cells, extra names)
import sys
def f(a, b=2):
    x = 1
    def inner():
        return x
    fl = sys._getframe().f_locals
    print(type(fl).__name__, sorted(fl.keys()), len(fl), 'x' in fl, 'zz' in fl)
    fl['x'] = 10
    fl['a'] = 'A'
    fl['extra'] = 5
    print(a, x, inner(), fl['extra'], fl.get('nope', 'dflt'))
    try:
        del fl['a']
    except ValueError as e:
        print('ValueError', e)
    try:
        fl['nope']
    except KeyError as e:
        print('KeyError', e)
    print(fl.pop('extra'), 'extra' in fl, fl == dict(fl), fl == fl, repr(fl)[:20])
    fl.update({'b': 3})
    print(b, fl.setdefault('new', 7), list(reversed(fl))[:2], sorted(fl.copy()) == sorted(fl))
    print(sorted((fl | {'q': 1}).keys()))
    fl |= {'x': 99}
    print(x, type(fl).__name__)
    try:
        fl.update([1])
    except TypeError as e:
        print('TypeError', e)
    z = 0
    print([(k, v) for k, v in sys._getframe().f_locals.items() if k in ('z', 'a')])
    print(sys._getframe().f_locals is sys._getframe().f_locals, sys._getframe().f_locals == sys._getframe().f_locals)
f(1)
print(type(sys._getframe().f_locals).__name__)
class C:
    print(type(sys._getframe().f_locals).__name__)
