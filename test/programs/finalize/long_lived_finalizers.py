# Long-lived observable objects still finalize when their last reference goes.
def gen(name):
    try:
        while True:
            yield 1
    finally:
        print('finally', name)
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
def use(x): return x
def holder():
    g = gen('local')
    next(g)
    for i in range(100):
        use(g)
    print('return')
holder()
print('after holder')
g = gen('global'); next(g)
for i in range(100): use(g)
g = None
print('after rebind')
d = D('d')
lst = [d]
for i in range(100): use(lst); use(d)
del lst
print('list gone')
del d
print('d gone')
class Node:
    def __init__(self): self.g = gen('in node'); next(self.g)
n = Node()
for i in range(100): use(n); use(n.g)
n = None
print('node gone')
def deep():
    d2 = D('inner')
    box = {'k': [d2]}
    for i in range(200): use(box); use(d2)
    del d2
    return box
b = deep()
for i in range(50): use(b)
b = None
print('end')
