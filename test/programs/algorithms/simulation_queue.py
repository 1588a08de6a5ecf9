# a discrete-event simulation with heapq and a seeded random generator
import heapq, random
rng = random.Random(2024)
events = []
counter = 0
def schedule(t, kind, cust):
    global counter
    heapq.heappush(events, (t, counter, kind, cust))
    counter += 1
t = 0.0
for c in range(6):
    t += rng.expovariate(1.0)
    schedule(round(t, 3), "arrive", c)
busy_until = 0.0
waits = []
log = []
while events:
    now, _, kind, cust = heapq.heappop(events)
    if kind == "arrive":
        start = max(now, busy_until)
        service = round(rng.uniform(0.5, 1.5), 3)
        busy_until = start + service
        waits.append(round(start - now, 3))
        schedule(round(busy_until, 3), "depart", cust)
        log.append(f"{now:7.3f} arrive {cust} (wait {start - now:.3f})")
    else:
        log.append(f"{now:7.3f} depart {cust}")
print("\n".join(log))
print("mean wait", round(sum(waits) / len(waits), 4), "max", max(waits))
