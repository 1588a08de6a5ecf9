# generator pipeline over lines of text (as a log processor): grep, parse, aggregate, top-N
log_text = """2024-01-01 10:00:01 INFO user=ann action=login
2024-01-01 10:00:05 WARN user=bob action=login failed=1
2024-01-01 10:01:00 INFO user=ann action=view page=home
2024-01-01 10:02:30 ERROR user=cat action=pay code=500
2024-01-01 10:03:00 INFO user=bob action=login
2024-01-01 10:04:10 INFO user=ann action=logout
2024-01-01 10:05:00 ERROR user=bob action=pay code=402"""
def lines(text):
    yield from text.splitlines()
def parse(ls):
    for l in ls:
        date, time, level, *kvs = l.split()
        yield {"time": time, "level": level, **dict(kv.split("=") for kv in kvs)}
def where(records, **conds):
    for r in records:
        if all(r.get(k) == v for k, v in conds.items()):
            yield r
from collections import Counter
print([r["user"] for r in where(parse(lines(log_text)), level="ERROR")])
print(Counter(r["user"] for r in parse(lines(log_text))).most_common(2))
print(Counter(r["action"] for r in where(parse(lines(log_text)), level="INFO")))
print(max(parse(lines(log_text)), key=lambda r: r["time"])["time"], sum(1 for _ in where(parse(lines(log_text)), action="login")))
