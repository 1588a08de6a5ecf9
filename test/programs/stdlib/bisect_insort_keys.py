# bisect with key= (3.10+), maintaining sorted lists of records, and range queries
import bisect
from operator import itemgetter
records = []
for name, score in [("ann", 82), ("bob", 95), ("cat", 70), ("dan", 82), ("eve", 60)]:
    bisect.insort(records, (score, name))
print(records)
people = sorted([("ann", 31), ("bob", 25), ("cat", 40)], key=itemgetter(1))
bisect.insort(people, ("dan", 33), key=itemgetter(1))
print(people, bisect.bisect_left(people, 33, key=itemgetter(1)), bisect.bisect_right(people, 33, key=itemgetter(1)))
scores = [s for s, _ in records]
lo, hi = bisect.bisect_left(scores, 70), bisect.bisect_right(scores, 85)
print(records[lo:hi], len(scores) - bisect.bisect_left(scores, 90))
