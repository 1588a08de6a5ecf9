# oracle: python3
# ZoneInfo's caches (the strong LRU cache of 8, the weak cache, no_cache, clear_cache), repr and str,
# pickling by key, subclasses with their own cache, and bad keys.
import copy
import pickle
import zoneinfo
from zoneinfo import ZoneInfo

KEYS = ["America/New_York", "Europe/London", "Asia/Tokyo", "UTC", "Europe/Paris", "America/Chicago",
        "Asia/Kolkata", "Australia/Sydney", "Africa/Cairo", "Europe/Berlin"]

a = ZoneInfo("America/New_York")
print(repr(a), str(a), a.key, type(a).__name__, type(a).__module__)
print(a is ZoneInfo("America/New_York"), a is ZoneInfo(key="America/New_York"))
b = ZoneInfo.no_cache("America/New_York")
print(b is a, b == a, b.key, repr(b))
print(ZoneInfo.no_cache("America/New_York") is b)

# Kept alive by a strong reference, a zone stays cached whatever the LRU cache holds.
zones = [ZoneInfo(k) for k in KEYS]
print(all(ZoneInfo(k) is z for k, z in zip(KEYS, zones)))

ZoneInfo.clear_cache(only_keys=["America/New_York", "Nowhere/None"])
c = ZoneInfo("America/New_York")
print(c is a, c is zones[0], ZoneInfo("Europe/London") is zones[1])
ZoneInfo.clear_cache()
print(ZoneInfo("Europe/London") is zones[1], ZoneInfo("Europe/London") is ZoneInfo("Europe/London"))

# Pickling: by key; a cached zone unpickles to the cached object, a no_cache one to a new one.
z = ZoneInfo("Asia/Tokyo")
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    z2 = pickle.loads(pickle.dumps(z, proto))
    n2 = pickle.loads(pickle.dumps(b, proto))
    print(proto, z2 is z, n2 is b, n2.key, type(n2).__name__)
print(z.__reduce__()[1], b.__reduce__()[1])
print(copy.copy(z) is z, copy.deepcopy(z) is z)

# Subclasses: each has its own cache.
class MyZone(ZoneInfo):
    pass

class Other(ZoneInfo):
    def extra(self):
        return "extra:" + self.key

m = MyZone("Europe/London")
print(repr(m).endswith("MyZone(key='Europe/London')"), str(m), isinstance(m, ZoneInfo))
print(m is MyZone("Europe/London"), m is ZoneInfo("Europe/London"), Other("Europe/London").extra())
print(type(pickle.loads(pickle.dumps(m))).__name__, pickle.loads(pickle.dumps(m)) is m)
print(type(MyZone.no_cache("UTC")).__name__, hasattr(MyZone, "_weak_cache"))
MyZone.clear_cache()
print(MyZone("Europe/London") is m)

# Bad keys and missing zones.
for key in ["../zoneinfo/UTC", "/etc/localtime", "America/../America/New_York", "Not/A_Zone", "", "America"]:
    try:
        ZoneInfo(key)
    except zoneinfo.ZoneInfoNotFoundError as e:
        print(repr(key), "ZoneInfoNotFoundError", isinstance(e, KeyError))
    except Exception as e:
        print(repr(key), type(e).__name__, e)
try:
    ZoneInfo(7)
except Exception as e:
    print(type(e).__name__)

# tzinfo protocol errors.
from datetime import datetime, date, timezone
u = ZoneInfo("UTC")
for bad in [datetime(2020, 1, 1), datetime(2020, 1, 1, tzinfo=timezone.utc), date(2020, 1, 1), 5]:
    try:
        u.fromutc(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    a.key = "x"
except AttributeError as e:
    print("AttributeError")
print(isinstance(a, __import__("datetime").tzinfo), zoneinfo.ZoneInfo is __import__("_zoneinfo").ZoneInfo)
