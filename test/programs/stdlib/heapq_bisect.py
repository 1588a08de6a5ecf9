# heapq and bisect
import heapq, bisect
h = []
for v in [5, 1, 8, 3, 2, 9]:
    heapq.heappush(h, v)
print(h, [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 3]
heapq.heapify(data)
print(data, heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data)
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len), list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
tasks = []
for prio, name in [(2, "write"), (1, "plan"), (3, "test"), (1, "alpha")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
mx = [3, 1, 4]
heapq.heapify_max(mx) if hasattr(heapq, "heapify_max") else None
print(mx)
try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__, e)
a = [1, 3, 3, 5, 8]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 4), bisect.bisect_left(a, 0), bisect.bisect_right(a, 100))
bisect.insort(a, 4); bisect.insort_left(a, 3); print(a)
grades = [60, 70, 80, 90]
print(["FDCBA"[bisect.bisect(grades, s)] for s in [33, 60, 75, 89, 99]])
print(bisect.bisect_left([(1, "a"), (3, "c")], (2,)), bisect.bisect([10, 20, 30], 25, lo=1, hi=2), bisect.bisect_left(["a", "c"], "b", key=None))
print(bisect.bisect_left([{"k": 1}, {"k": 5}], 3, key=lambda d: d["k"]))
