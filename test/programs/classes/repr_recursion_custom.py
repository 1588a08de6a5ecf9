# reprlib.recursive_repr on custom containers and containers holding themselves through custom objects
import reprlib
class Node:
    def __init__(self, name):
        self.name = name
        self.links = []
    @reprlib.recursive_repr(fillvalue="<...>")
    def __repr__(self):
        return f"Node({self.name}, {self.links})"
a, b = Node("a"), Node("b")
a.links.append(b)
b.links.append(a)
print(a, b, [a])
class Box:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return f"Box({self.items})"
print(Box())
r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 10
print(r.repr(list(range(10))), r.repr("a" * 30), r.repr({"k": list(range(5))}))
