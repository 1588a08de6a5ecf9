# linked list, binary search tree and union-find implemented with classes and __iter__/__len__/__contains__
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value, self.next = value, next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push(it)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __len__(self):
        return self.size
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return " -> ".join(map(str, self)) or "(empty)"
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), 3 in ll, list(ll))
ll.reverse()
print(ll, LinkedList())
class BST:
    def __init__(self):
        self.root = None
    def insert(self, k):
        def ins(node):
            if node is None:
                return [k, None, None]
            if k < node[0]:
                node[1] = ins(node[1])
            elif k > node[0]:
                node[2] = ins(node[2])
            return node
        self.root = ins(self.root)
    def inorder(self):
        def walk(n):
            if n:
                yield from walk(n[1])
                yield n[0]
                yield from walk(n[2])
        return list(walk(self.root))
    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n[1]), h(n[2]))
        return h(self.root)
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    t.insert(k)
print(t.inorder(), t.height())
class UnionFind:
    def __init__(self, n):
        self.parent = list(range(n))
        self.rank = [0] * n
    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x
    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.rank[ra] += self.rank[ra] == self.rank[rb]
        return True
uf = UnionFind(8)
print([uf.union(a, b) for a, b in [(0, 1), (2, 3), (1, 3), (0, 2), (5, 6)]])
groups = {}
for i in range(8):
    groups.setdefault(uf.find(i), []).append(i)
print(sorted(groups.values()))
