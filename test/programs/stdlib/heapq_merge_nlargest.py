# heapq with keys and tuples: merge with key/reverse, nlargest ties, a running median with two heaps
import heapq
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])), list(heapq.merge(["bb", "ddd"], ["a", "cc"], key=len)), list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
scores = [("ann", 90), ("bob", 85), ("cat", 90), ("dan", 70)]
print(heapq.nlargest(2, scores, key=lambda t: t[1]), heapq.nsmallest(1, scores, key=lambda t: t[1]), heapq.nlargest(10, [3, 1]))
lo, hi = [], []
medians = []
for x in [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]:
    heapq.heappush(lo, -x)
    heapq.heappush(hi, -heapq.heappop(lo))
    if len(hi) > len(lo):
        heapq.heappush(lo, -heapq.heappop(hi))
    medians.append(-lo[0] if len(lo) > len(hi) else (-lo[0] + hi[0]) / 2)
print(medians)
