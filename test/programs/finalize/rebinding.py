# rebinding a name, an attribute or an item drops the old object at once
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
    def __repr__(self):
        return f"Res({self.name})"

r = Res("first")
r = Res("second")
print("rebound module name")

def f():
    v = Res("v1")
    v = Res("v2")
    print("  rebound local")
    for i in range(3):
        item = Res(f"loop{i}")
    print("  loop done")
f()
print("after f")

class Box:
    def __init__(self):
        self.content = Res("c0")
box = Box()
for i in range(1, 4):
    box.content = Res(f"c{i}")
    print("  stored", box.content)
print("attribute rebinding done")

items = [Res("i0"), Res("i1")]
items[1] = Res("i1b")
print("item rebound")
m = {"a": Res("m0")}
m["a"] = Res("m1")
print("dict value rebound")
r = None
box = None
print("end")
