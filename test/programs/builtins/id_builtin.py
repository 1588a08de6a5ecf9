# id(): identity properties only (values are addresses and differ between runs)
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), isinstance(id(a), int), id(a) > 0 or id(a) < 0)
print(id(None) == id(None), id(True) == id(True), id(()) == id(()))
x = object()
ids = {id(x)}
print(id(x) in ids)
try:
    id()
except TypeError as e:
    print(type(e).__name__, e)
try:
    id(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(len({id(v) for v in [a, b, c]}))
