import types
d = {'a': 1, 'b': 2}
mp = types.MappingProxyType(d)
print(mp, mp['a'], mp.get('z'), mp.get('z', 0), len(mp), list(mp), 'a' in mp, mp.keys(), mp.values(), mp.items())
print(mp.copy(), type(mp.copy()).__name__, mp == d, mp != {}, str(mp), list(reversed(mp)), mp | {'c': 3}, {'z': 0} | mp)
d['c'] = 3
print(mp, len(mp))
for bad in ["mp['z']", "mp.__setitem__('x', 1)", "types.MappingProxyType([])", "types.MappingProxyType(1)", "hash(mp)", "types.MappingProxyType()"]:
    try:
        print(bad, '->', eval(bad))
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
try:
    mp['x'] = 1
except TypeError as e:
    print(e)
try:
    del mp['a']
except TypeError as e:
    print(e)
try:
    mp |= {}
except TypeError as e:
    print(e)
class C:
    x = 1
print(type(C.__dict__).__name__, C.__dict__['x'], 'x' in C.__dict__, types.MappingProxyType({1: 2})[1])
print(hash(types.MappingProxyType(types.MappingProxyType({}))) if False else 'skip', types.MappingProxyType[str, int])
