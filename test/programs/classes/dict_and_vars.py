# __dict__ of classes (mappingproxy) and instances, vars()
class A:
    x = 1
    def m(self):
        pass

a = A()
print(type(A.__dict__).__name__, A.__dict__['x'], 'm' in A.__dict__)
try:
    A.__dict__['y'] = 2
except TypeError as e:
    print(type(e).__name__, e)
print(a.__dict__, vars(a) is a.__dict__)
a.__dict__['dyn'] = "via dict"
print(a.dyn)
a.__dict__ = {"replaced": True}
print(a.replaced, hasattr(a, 'dyn'))
try:
    a.__dict__ = [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del a.__dict__
    print("deleted dict:", a.__dict__)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

class B(A):
    y = 2
print(sorted(k for k in vars(B) if not k.startswith('__')), 'x' in vars(B))
print(B.__dict__.get('x', 'not in B'), B.x)

mp = A.__dict__
print(len(mp) > 0, 'x' in mp, mp.get('zz', 'none'), isinstance(mp.keys(), type({}.keys())) or 'keys-view')
print(sorted(k for k in mp.keys() if not k.startswith('__')))
c = mp.copy()
print(type(c).__name__, c['x'])
try:
    vars()
    print(type(vars()).__name__)
except Exception as e:
    print(type(e).__name__, e)
import types
ns = types.SimpleNamespace(a=1, b=2)
print(vars(ns), ns)
ns.c = 3
del ns.a
print(ns, ns == types.SimpleNamespace(b=2, c=3))
print(types.MappingProxyType({'k': 'v'})['k'])
mpx = types.MappingProxyType({'k': 1})
try:
    mpx['k'] = 2
except TypeError as e:
    print(type(e).__name__, e)
print(mpx | {'j': 2}, type(mpx | {}).__name__)
print(repr(mpx))
