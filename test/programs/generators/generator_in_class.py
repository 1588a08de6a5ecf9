# generators as methods, classmethods and staticmethods; generator referring to self after object mutation
class Repeater:
    def __init__(self, items):
        self.items = items
    def forward(self):
        for x in self.items:
            yield x
    def backward(self):
        yield from reversed(self.items)
    @classmethod
    def counter(cls, n):
        for i in range(n):
            yield f"{cls.__name__}:{i}"
    @staticmethod
    def evens(limit):
        return (i for i in range(0, limit, 2))
r = Repeater([1, 2, 3])
g = r.forward()
print(next(g))
r.items = ["replaced"]
print(list(g))
print(list(r.forward()), list(r.backward()), list(Repeater.counter(2)), list(Repeater.evens(7)))
class Tree:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
    def levels(self):
        level = [self]
        while level:
            yield [n.v for n in level]
            level = [k for n in level for k in n.kids]
t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(list(t), list(t.levels()))
