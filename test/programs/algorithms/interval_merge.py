# interval problems: merging, inserting, intersections and meeting-room counting
def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out
print(merge([[1, 3], [2, 6], [8, 10], [15, 18]]), merge([[1, 4], [4, 5]]), merge([]), merge([[5, 7], [1, 2], [2, 3]]))
def intersect(a, b):
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if lo <= hi:
            out.append([lo, hi])
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out
print(intersect([[0, 2], [5, 10], [13, 23], [24, 25]], [[1, 5], [8, 12], [15, 24], [25, 26]]))
import heapq
def rooms(meetings):
    ends = []
    for s, e in sorted(meetings):
        if ends and ends[0] <= s:
            heapq.heapreplace(ends, e)
        else:
            heapq.heappush(ends, e)
    return len(ends)
print(rooms([[0, 30], [5, 10], [15, 20]]), rooms([[7, 10], [2, 4]]), rooms([[1, 5], [2, 6], [3, 7], [4, 8]]))
