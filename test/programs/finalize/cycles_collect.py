# objects in reference cycles are finalized by gc.collect(), not when the last name goes
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("del", self.name)

a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("cycle unreachable, nothing finalized yet")
print("collected something:", gc.collect() > 0)
print("after collect")

c = Node("self-cycle")
c.other = c
holder = [c]
del c
gc.collect()
print("still held by the list")
holder.clear()
print("list cleared")
gc.collect()
print("after second collect")

x = Node("x")
print(gc.is_finalized(x))
x.other = x
ref = x
del x
gc.collect()
print("ref alive, finalized:", gc.is_finalized(ref))
del ref
gc.collect()
print("end")
