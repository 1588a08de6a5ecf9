# queue without threads, and collections.abc registrations
import queue
q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), q.get(), q.get_nowait(), q.empty(), q.full())
lq = queue.LifoQueue()
for c in "abc":
    lq.put(c)
print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b")]:
    pq.put(item)
print([pq.get() for _ in range(3)])
try:
    queue.Queue().get_nowait()
except queue.Empty as e:
    print(type(e).__name__)
bq = queue.Queue(maxsize=1)
bq.put(1)
try:
    bq.put_nowait(2)
except queue.Full as e:
    print(type(e).__name__)
sq = queue.SimpleQueue()
sq.put("x")
print(sq.get(), sq.empty())
import collections.abc as cabc
print([c.__name__ for c in (list, tuple, dict, set, str, bytes, range, memoryview) if issubclass(c, cabc.Sequence)])
print([c.__name__ for c in (list, dict, set, frozenset) if issubclass(c, cabc.MutableSet) or issubclass(c, cabc.MutableMapping) or issubclass(c, cabc.MutableSequence)])
print(issubclass(type({}.keys()), cabc.KeysView), issubclass(type(iter([])), cabc.Iterator), issubclass(type(x for x in []), cabc.Generator))
