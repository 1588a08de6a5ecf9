# `del` of the last reference runs __del__ at once; other references keep the object alive
class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("del", self.name)

a = Res("a")
del a
print("after del a")

b = Res("b")
alias = b
del b
print("b still referenced by alias")
del alias
print("after del alias")

def local_del():
    x = Res("local")
    y = x
    del x
    print("  x deleted, y holds it")
    del y
    print("  y deleted")
local_del()

class Holder:
    pass
h = Holder()
h.r = Res("attr")
del h.r
print("after del h.r")

d = {"k": Res("item")}
del d["k"]
print("after del d['k']")

lst = [Res("l0"), Res("l1")]
del lst[0]
print("after del lst[0]")
del lst
print("after del lst")

def del_global():
    global g
    del g
g = Res("global")
del_global()
print("after del_global")
