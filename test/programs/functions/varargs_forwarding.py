# forwarding *args/**kwargs through wrappers while preserving defaults, keyword-only and positional-only semantics
def target(a, /, b=2, *rest, c, d=4, **kw):
    return a, b, rest, c, d, kw
def forward(*args, **kwargs):
    return target(*args, **kwargs)
print(forward(1, c=3), forward(1, 2, 3, 4, c=5, e=6), forward(*[1], **{"c": 0, "d": 9}))
for args, kwargs in [((), {"c": 1}), ((1,), {}), ((1,), {"a": 1, "c": 2}), ((1, 2), {"b": 3, "c": 4})]:
    try:
        print(forward(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)
def logged(fn):
    def wrapper(*a, **k):
        return (fn.__name__, a, k, fn(*a, **k))
    return wrapper
print(logged(divmod)(7, 2), logged(dict)(x=1), logged(sorted)([3, 1], reverse=True))
