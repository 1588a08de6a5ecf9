# task scheduling with dependencies, priorities and critical path computation
import heapq
tasks = {
    "design": (3, []), "backend": (5, ["design"]), "frontend": (4, ["design"]), "tests": (2, ["backend", "frontend"]),
    "docs": (1, ["design"]), "release": (1, ["tests", "docs"]),
}
earliest = {}
def finish(name):
    if name not in earliest:
        dur, deps = tasks[name]
        earliest[name] = max((finish(d) for d in deps), default=0) + dur
    return earliest[name]
print({t: finish(t) for t in tasks})
def critical_path(end):
    path = [end]
    while tasks[path[-1]][1]:
        deps = tasks[path[-1]][1]
        path.append(max(deps, key=lambda d: earliest[d]))
    return path[::-1]
print(critical_path("release"))
indeg = {t: len(d) for t, (_, d) in tasks.items()}
ready = [(-tasks[t][0], t) for t, n in indeg.items() if n == 0]
heapq.heapify(ready)
order = []
while ready:
    _, t = heapq.heappop(ready)
    order.append(t)
    for u, (_, deps) in tasks.items():
        if t in deps:
            indeg[u] -= 1
            if indeg[u] == 0:
                heapq.heappush(ready, (-tasks[u][0], u))
print(order)
