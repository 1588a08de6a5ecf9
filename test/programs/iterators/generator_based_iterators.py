# classes whose __iter__ is a generator, multiple independent iterators, iterators over trees
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5), Tree(6)))
print(list(t), sum(t), max(t), sorted(t, reverse=True), list(t.depth_first()))
it1, it2 = iter(t), iter(t)
print(next(it1), next(it1), next(it2))
class Range2D:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield x, y
    def __len__(self):
        return self.w * self.h
    def __contains__(self, p):
        return 0 <= p[0] < self.w and 0 <= p[1] < self.h
r = Range2D(3, 2)
print(list(r), len(r), (2, 1) in r, (3, 0) in r, list(zip(r, "abcdef"))[-1])
