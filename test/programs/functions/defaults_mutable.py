# default argument pitfalls and patterns: mutable defaults shared, None sentinel, defaults evaluated at def time
def append_bad(x, target=[]):
    target.append(x)
    return target
print(append_bad(1), append_bad(2), append_bad(3, []), append_bad(4))
def append_good(x, target=None):
    if target is None:
        target = []
    target.append(x)
    return target
print(append_good(1), append_good(2))
_missing = object()
def get(d, key, default=_missing):
    if key in d:
        return d[key]
    if default is _missing:
        raise KeyError(key)
    return default
print(get({"a": 1}, "a"), get({}, "b", None))
try:
    get({}, "c")
except KeyError as e:
    print(type(e).__name__, e)
import itertools
counter = itertools.count()
def stamp(n=next(counter)):
    return n
print(stamp(), stamp(), next(counter))
def kwdefault(*, flag=[]):
    flag.append(1)
    return len(flag)
print(kwdefault(), kwdefault(), kwdefault.__kwdefaults__)
append_bad.__defaults__ = ([],)
print(append_bad(9))
def cache(n, _memo={}):
    if n not in _memo:
        _memo[n] = n * n
    return _memo
print(cache(2), cache(3))
