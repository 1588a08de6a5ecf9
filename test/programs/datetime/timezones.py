# aware datetimes: timezone objects, offsets, conversions, comparisons across zones, custom tzinfo, hashing
from datetime import datetime, timedelta, timezone, tzinfo, time, UTC
ist = timezone(timedelta(hours=5, minutes=30), "IST")
est = timezone(-timedelta(hours=5))
u = datetime(2024, 1, 1, 12, tzinfo=UTC)
k = u.astimezone(ist)
print(u, k, repr(k), k.utcoffset(), k.tzname(), k.dst(), est, repr(est), timezone.utc is UTC, timezone.min, timezone.max)
print(u == k, hash(u) == hash(k), k - u, u.astimezone(est), k.astimezone(est).isoformat(), u.timestamp(), k.timestamp())
print(datetime.fromtimestamp(1704110400, ist), datetime.fromtimestamp(0, UTC), datetime.fromtimestamp(-86400.5, timezone.utc))
print(u.strftime("%Y-%m-%d %H:%M %z %:z %Z"), k.strftime("%z|%Z"), format(time(1, tzinfo=est), "%H %z"), time(1, tzinfo=ist).isoformat())
class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name
    def utcoffset(self, dt):
        return self.off
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return self.name
    def __repr__(self):
        return f"Fixed({self.name})"
f = Fixed(-90, "F")
x = datetime(2024, 6, 1, 8, 0, tzinfo=f)
print(x, repr(x), x.utctimetuple(), x.astimezone(UTC), f.fromutc(datetime(2024, 6, 1, tzinfo=f)), x == x.astimezone(ist), sorted([k, x, u])[0])
for bad in (lambda: timezone(timedelta(hours=24)), lambda: timezone(5), lambda: datetime(2024, 1, 1) < u, lambda: datetime(2024, 1, 1) - u,
            lambda: tzinfo().utcoffset(None), lambda: ist.utcoffset(5), lambda: UTC.fromutc(datetime(2024, 1, 1))):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(datetime(2024, 1, 1) == u, {u, k, x.astimezone(UTC)} == {u, x}, str(timezone(timedelta(seconds=-1))), str(timezone(timedelta(microseconds=1))))
