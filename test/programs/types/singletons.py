# None, NotImplemented, Ellipsis: types, reprs, truthiness, and constructors
print(None, repr(None), type(None), type(None)(), type(None)() is None, bool(None), hash(None) == hash(None))
print(NotImplemented, type(NotImplemented).__name__, type(NotImplemented)() is NotImplemented)
print(Ellipsis, ..., type(...).__name__, type(...)() is ..., bool(...), ... is Ellipsis, repr(...))
for c in [lambda: type(None)(1), lambda: type(...)(1), lambda: None.x, lambda: setattr(None, "x", 1), lambda: None < None, lambda: None + 1]:
    try:
        print(c())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(None == None, None != 0, None is not False, [None] * 2, None.__class__.__name__, None.__bool__())
print(sorted([None, None], key=lambda x: 0), {None: "k"}[None], (None,) == (None,))
print(NotImplemented.__reduce__(), Ellipsis.__reduce__(), None.__reduce__() if False else "skip")
def returns_none():
    pass
print(returns_none(), returns_none() is None, print() is None)
x = [1, 2, 3]
print(x[...] if False else "lists reject Ellipsis", type(x.__getitem__(slice(None))).__name__)
class E:
    def __getitem__(self, k):
        return k
print(E()[...], E()[..., 1], E()[1:...])
