# BFS, DFS, Dijkstra, topological sort and connected components on small graphs
from collections import deque
import heapq
graph = {"A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": ["F"], "E": ["F"], "F": [], "G": ["H"], "H": []}
def bfs(start):
    seen, order, q = {start}, [], deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                q.append(nxt)
    return order
def dfs(start, seen=None):
    seen = seen if seen is not None else []
    seen.append(start)
    for nxt in graph[start]:
        if nxt not in seen:
            dfs(nxt, seen)
    return seen
def shortest_path(start, goal):
    prev = {start: None}
    q = deque([start])
    while q:
        node = q.popleft()
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = prev[node]
            return path[::-1]
        for nxt in graph[node]:
            if nxt not in prev:
                prev[nxt] = node
                q.append(nxt)
    return None
print(bfs("A"), dfs("A"), shortest_path("A", "F"), shortest_path("A", "G"))
weighted = {"s": {"a": 7, "b": 2}, "a": {"c": 1}, "b": {"a": 3, "c": 8}, "c": {"t": 1}, "t": {}}
def dijkstra(src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in weighted[u].items():
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dict(sorted(dist.items()))
print(dijkstra("s"))
def topo(g):
    indeg = {n: 0 for n in g}
    for n in g:
        for m in g[n]:
            indeg[m] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in g[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return out
print(topo(graph))
undirected = {1: [2], 2: [1, 3], 3: [2], 4: [5], 5: [4], 6: []}
def components(g):
    seen, comps = set(), []
    for n in sorted(g):
        if n in seen:
            continue
        stack, comp = [n], []
        while stack:
            x = stack.pop()
            if x in seen:
                continue
            seen.add(x)
            comp.append(x)
            stack.extend(g[x])
        comps.append(sorted(comp))
    return comps
print(components(undirected))
