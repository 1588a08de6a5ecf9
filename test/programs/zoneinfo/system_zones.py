# oracle: python3
# Zones read from the system's TZPATH (/usr/share/zoneinfo): offsets, DST, abbreviations, folds and
# gaps, conversions from UTC, dates before the first transition and after the last (TZ string rule).
from datetime import datetime, timedelta, timezone, time
from zoneinfo import ZoneInfo

def show(key, *moments):
    z = ZoneInfo(key)
    for m in moments:
        d = datetime(*m[:6], tzinfo=z, fold=m[6] if len(m) > 6 else 0)
        print(f"{key:22} {d.isoformat():32} fold={d.fold} off={d.utcoffset()} dst={d.dst()} {d.tzname()}")

show("America/New_York",
     (2020, 1, 15, 12, 0, 0), (2020, 7, 15, 12, 0, 0),
     (2020, 3, 8, 1, 59, 59), (2020, 3, 8, 2, 30, 0), (2020, 3, 8, 2, 30, 0, 1), (2020, 3, 8, 3, 0, 0),
     (2020, 11, 1, 0, 59, 59), (2020, 11, 1, 1, 30, 0), (2020, 11, 1, 1, 30, 0, 1), (2020, 11, 1, 2, 0, 0),
     (1850, 1, 1, 0, 0, 0), (1918, 6, 1, 0, 0, 0), (1945, 8, 14, 19, 0, 0),
     (2100, 3, 14, 2, 30, 0), (2100, 11, 7, 1, 30, 0), (2100, 11, 7, 1, 30, 0, 1), (9999, 12, 31, 23, 59, 59))
show("Europe/London",
     (1970, 1, 1, 0, 0, 0), (1996, 3, 31, 1, 30, 0), (1996, 10, 27, 1, 30, 0), (1996, 10, 27, 1, 30, 0, 1),
     (2040, 3, 25, 1, 30, 0), (2040, 10, 28, 1, 30, 0, 1), (1, 1, 1, 0, 0, 0))
show("Australia/Lord_Howe",
     (2021, 1, 1, 0, 0, 0), (2021, 7, 1, 0, 0, 0), (2021, 4, 4, 1, 45, 0), (2021, 4, 4, 1, 45, 0, 1),
     (2021, 10, 3, 2, 15, 0), (2060, 4, 4, 1, 45, 0, 1))
show("Europe/Dublin", (2020, 1, 1, 12, 0, 0), (2020, 7, 1, 12, 0, 0), (2050, 1, 1, 12, 0, 0), (2050, 7, 1, 12, 0, 0))
show("Asia/Kolkata", (1900, 1, 1, 0, 0, 0), (1943, 1, 1, 0, 0, 0), (2020, 1, 1, 0, 0, 0))
show("Pacific/Apia", (2011, 12, 29, 12, 0, 0), (2011, 12, 31, 12, 0, 0))
show("Asia/Tokyo", (2020, 6, 1, 0, 0, 0))
show("America/Santiago", (2020, 4, 4, 23, 30, 0), (2020, 4, 4, 23, 30, 0, 1), (2020, 9, 6, 0, 30, 0))
show("UTC", (2020, 6, 1, 0, 0, 0))
show("Etc/GMT+5", (2020, 6, 1, 0, 0, 0))

# fromutc through astimezone: every hour across the New York and Lord Howe autumn transitions.
for key, start in [("America/New_York", datetime(2020, 11, 1, 4, tzinfo=timezone.utc)),
                   ("Australia/Lord_Howe", datetime(2021, 4, 3, 14, tzinfo=timezone.utc)),
                   ("America/New_York", datetime(2020, 3, 8, 5, tzinfo=timezone.utc)),
                   ("Europe/London", datetime(2045, 10, 29, 0, tzinfo=timezone.utc))]:
    z = ZoneInfo(key)
    for i in range(5):
        u = start + timedelta(minutes=30 * i)
        loc = u.astimezone(z)
        back = loc.astimezone(timezone.utc)
        print(key, u.strftime("%H:%M"), "->", loc.isoformat(), "fold", loc.fold, loc.tzname(), back == u)

# Arithmetic and comparison across zones.
ny = ZoneInfo("America/New_York")
ld = ZoneInfo("Europe/London")
a = datetime(2020, 3, 8, 1, 0, tzinfo=ny)
print(a + timedelta(hours=1), (a + timedelta(hours=1)).utcoffset())
print(datetime(2020, 6, 1, 12, tzinfo=ny) == datetime(2020, 6, 1, 17, tzinfo=ld))
print(datetime(2020, 6, 1, 12, tzinfo=ny) - datetime(2020, 6, 1, 12, tzinfo=ld))
print(datetime(2020, 11, 1, 1, 30, tzinfo=ny, fold=1).timestamp() - datetime(2020, 11, 1, 1, 30, tzinfo=ny).timestamp())
print(datetime.fromtimestamp(1604212200, tz=ny), datetime.fromtimestamp(1604215800, tz=ny).fold)

# datetime.time asks tzinfo.utcoffset(None): only a fixed-offset zone answers.
for key in ["UTC", "Etc/GMT-3", "America/New_York"]:
    t = time(12, 0, tzinfo=ZoneInfo(key))
    print(key, t.utcoffset(), t.dst(), t.tzname(), ZoneInfo(key).utcoffset(None))
