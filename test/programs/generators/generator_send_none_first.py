# priming rules for send(), values of yield expressions when resumed with next(), throw before start
def g():
    a = yield "first"
    b = yield f"a={a}"
    yield f"b={b}"
x = g()
print(x.send(None), next(x), x.send("B"))
y = g()
try:
    y.send(1)
except TypeError as e:
    print(type(e).__name__, e)
print(next(y))
z = g()
try:
    z.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("thrown before start propagates:", e)
print(list(z))
w = g()
next(w)
print(w.throw(ValueError) if False else "skip", w.send("A"))
