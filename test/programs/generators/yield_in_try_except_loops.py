# yields inside try/except/else/finally inside loops; exceptions thrown at each suspension point
def worker():
    for i in range(3):
        try:
            x = yield f"try {i}"
        except ValueError as e:
            yield f"except {i} {e}"
        else:
            yield f"else {i} got {x!r}"
        finally:
            print(f"  finally {i}")
w = worker()
print(next(w))
print(w.send("A"))
print(next(w))
print(w.throw(ValueError("bad")))
print(next(w))
print(w.send(None))
try:
    print(next(w))
    next(w)
except StopIteration:
    print("done")
