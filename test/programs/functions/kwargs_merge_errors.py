# f(*x)/f(**x) errors: the callable described as CPython's _PyObject_FunctionStr (str() without __qualname__),
# duplicate keys inside one non-dict mapping, AttributeError/KeyError raised by the mapping itself.
from collections.abc import Mapping
class MultiDict(Mapping):
    def __init__(self, items): self._items = items
    def __iter__(self): return (k for k, v in self._items)
    def __getitem__(self, key):
        for k, v in self._items:
            if k == key: return v
        raise KeyError(key)
    def __len__(self): return len(self._items)
    def keys(self): return [k for k, v in self._items]
def g(*a, **k): print(a, k)
def h(): pass
nothing = None
for f in (lambda: nothing(*h), lambda: nothing(**h), lambda: g(**MultiDict([('x', 1), ('x', 2)])),
          lambda: g(a=3, **MultiDict([('x', 1), ('x', 2)])), lambda: g(**{1: 2}, **{1: 3}),
          lambda: g(**MultiDict([('a', 3)]), **MultiDict([('x', 1), ('x', 2)])), lambda: h(**h), lambda: dir(**h),
          lambda: g(**{'a': 1}, a=2), lambda: print(**h), lambda: (1).__add__(*h), lambda: len(**[])):
    try: f()
    except Exception as e: print(type(e).__name__, e)
class BadKeys:
    def keys(self): raise AttributeError('boom')
class BadGet:
    def keys(self): return ['a']
    def __getitem__(self, k): raise KeyError('zz')
for m in (BadKeys(), BadGet()):
    try: g(**m)
    except Exception as e: print(type(e).__name__, e)
