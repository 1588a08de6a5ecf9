# deleting and rebinding names in every scope kind: module, function, closure cell, class body, comprehension
x = 1
del x
x = 2
print(x)
def f():
    y = 1
    def read():
        return y
    del y
    try:
        read()
    except NameError as e:
        print("after del:", e)
    y = 3
    return read()
print(f())
class K:
    a = 1
    del a
    a = 2
print(K.a)
def g():
    items = [i for i in range(3)]
    i = "rebound"
    del items
    return i, "items" in locals()
print(g())
def h():
    for v in range(2):
        pass
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(h())
