# an LRU cache implemented with OrderedDict and with a dict + doubly linked list
from collections import OrderedDict
class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.data = OrderedDict()
        self.hits = self.misses = 0
    def get(self, k):
        if k in self.data:
            self.data.move_to_end(k)
            self.hits += 1
            return self.data[k]
        self.misses += 1
        return None
    def put(self, k, v):
        self.data[k] = v
        self.data.move_to_end(k)
        if len(self.data) > self.cap:
            evicted = self.data.popitem(last=False)
            print("  evict", evicted)
c = LRU(2)
c.put("a", 1); c.put("b", 2)
print(c.get("a"))
c.put("c", 3)
print(c.get("b"), c.get("c"), list(c.data), c.hits, c.misses)
class DNode:
    def __init__(self, k=None, v=None):
        self.k, self.v = k, v
        self.prev = self.next = None
class LRU2:
    def __init__(self, cap):
        self.cap, self.map = cap, {}
        self.head, self.tail = DNode(), DNode()
        self.head.next, self.tail.prev = self.tail, self.head
    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev
    def _front(self, n):
        n.next, n.prev = self.head.next, self.head
        self.head.next.prev = n
        self.head.next = n
    def get(self, k):
        n = self.map.get(k)
        if not n:
            return -1
        self._unlink(n)
        self._front(n)
        return n.v
    def put(self, k, v):
        if k in self.map:
            self._unlink(self.map.pop(k))
        n = DNode(k, v)
        self.map[k] = n
        self._front(n)
        if len(self.map) > self.cap:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.k]
    def keys(self):
        out, n = [], self.head.next
        while n is not self.tail:
            out.append(n.k)
            n = n.next
        return out
c2 = LRU2(3)
for k in "abcd":
    c2.put(k, ord(k))
print(c2.keys(), c2.get("b"), c2.keys(), c2.get("a"))
c2.put("e", 0)
print(c2.keys())
