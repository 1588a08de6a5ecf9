# OrderedDict (native) as an iterable and mapping for builtins and the stdlib: ** unpacking, dict(),
# list/tuple/join/zip/enumerate, dict.fromkeys, copy, reprlib, pprint, unpacking, match, mappingproxy.
from collections import OrderedDict
od = OrderedDict.fromkeys('abcd', 1)
od.move_to_end('a')
def f(**kw): return list(kw)
print(f(**od), {**od}, dict(od), tuple(od), ''.join(od), [*od], list(zip(od, od.values())))
print(list(od.keys()), tuple(od.items()), set(od) == set('abcd'), sorted(od), min(od), max(od))
print(dict.fromkeys(od), list(enumerate(od)), 'a' in od, od.get('a'), len(od))
import copy, pprint, reprlib
print(copy.deepcopy(od), reprlib.repr(od))
pprint.pprint(OrderedDict((str(i) * 10, i) for i in range(8)))
a, b, c, d = od
print(a, b, c, d)
match od:
    case {'a': 1, **rest}:
        print('match', rest)
import types
print(types.MappingProxyType(od), list(types.MappingProxyType(od)))
s = set(); s.update(od); print(sorted(s))
print(frozenset(od.items()) == frozenset(dict(od).items()))
import gc
print(gc.is_tracked(od))
