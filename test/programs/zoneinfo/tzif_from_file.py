# ZoneInfo.from_file on TZif data built here (no system files): versions 1 to 3, the POSIX TZ string
# footer (Mm.w.d, Jn and n rules, transition times, negative DST, quoted abbreviations), folds and
# gaps after the last transition, and the errors of malformed files and TZ strings.
import io
import pickle
import struct
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

def tzif(version, transitions, types, tzstr=b""):
    """transitions: [(utc_seconds, type_index)]; types: [(utcoff, isdst, abbr)]."""
    abbrs = b""
    idx = []
    for _, _, name in types:
        idx.append(len(abbrs))
        abbrs += name.encode() + b"\x00"

    def block(size):
        fmt = ">l" if size == 4 else ">q"
        # The version 1 block holds the transitions that fit in 32 bits.
        trans = [(t, i) for t, i in transitions if size == 8 or -2**31 <= t < 2**31]
        body = b"".join(struct.pack(fmt, t) for t, _ in trans)
        body += bytes(i for _, i in trans)
        body += b"".join(struct.pack(">lbB", off, dst, ix) for (off, dst, _), ix in zip(types, idx))
        body += abbrs
        head = b"TZif" + (b"\x00" if version == 1 else str(version).encode()) + b"\x00" * 15
        head += struct.pack(">6l", 0, 0, 0, len(trans), len(types), len(abbrs))
        return head + body

    data = block(4)
    if version >= 2:
        data += block(8) + b"\n" + tzstr + b"\n"
    return data

def zone(data, key=None):
    return ZoneInfo.from_file(io.BytesIO(data), key=key)

def show(z, *moments):
    for m in moments:
        d = datetime(*m[:5], tzinfo=z, fold=m[5] if len(m) > 5 else 0)
        print(f"  {d.isoformat():28} fold={d.fold} off={d.utcoffset()} dst={d.dst()} {d.tzname()}")

def from_utc(z, start, n, step=timedelta(minutes=30)):
    for i in range(n):
        u = start + step * i
        loc = u.astimezone(z)
        print(f"  {u:%Y-%m-%d %H:%M}Z -> {loc.isoformat()} fold={loc.fold} {loc.tzname()}")

EST = (-18000, 0, "EST")
EDT = (-14400, 1, "EDT")
LMT = (-17762, 0, "LMT")
T2000 = 946684800  # 2000-01-01T00:00Z

print("-- US rules only in the footer")
us = zone(tzif(2, [], [EST, EDT], b"EST5EDT,M3.2.0,M11.1.0"), key="Test/US")
print(repr(us), str(us))
show(us, (2021, 3, 14, 1, 59), (2021, 3, 14, 2, 30), (2021, 3, 14, 2, 30, 1), (2021, 3, 14, 3, 0),
     (2021, 11, 7, 0, 59), (2021, 11, 7, 1, 30), (2021, 11, 7, 1, 30, 1), (2021, 11, 7, 2, 0),
     (2024, 2, 29, 12, 0), (1, 6, 1, 0, 0), (9999, 12, 31, 23, 59))
from_utc(us, datetime(2021, 11, 7, 5, 0, tzinfo=timezone.utc), 5)
from_utc(us, datetime(2021, 3, 14, 6, 0, tzinfo=timezone.utc), 4)

print("-- transitions then a footer")
tr = [(-2717650800, 1), (T2000, 2), (T2000 + 86400 * 100, 1)]
z = zone(tzif(2, tr, [LMT, EST, EDT], b"EST5EDT,M3.2.0,M11.1.0"))
print(repr(z).startswith("zoneinfo.ZoneInfo.from_file(<_io.BytesIO object"), z.key)
show(z, (1800, 1, 1, 0, 0), (1883, 11, 18, 12, 0), (1999, 12, 31, 18, 59), (1999, 12, 31, 19, 30),
     (2000, 4, 9, 18, 30), (2000, 4, 9, 19, 30), (2000, 4, 9, 19, 30, 1), (2001, 7, 1, 0, 0))
from_utc(z, datetime(2000, 4, 9, 22, 30, tzinfo=timezone.utc), 4)
from_utc(z, datetime(1883, 11, 18, 16, 30, tzinfo=timezone.utc), 3, timedelta(minutes=1))

print("-- version 1 and 3, no footer")
z1 = zone(tzif(1, tr, [LMT, EST, EDT]))
show(z1, (1800, 1, 1, 0, 0), (2000, 6, 1, 0, 0), (2050, 6, 1, 0, 0))
z3 = zone(tzif(3, [(T2000, 1)], [LMT, EDT], b""))
show(z3, (1999, 6, 1, 0, 0), (2050, 6, 1, 0, 0))
fixed = zone(tzif(2, [], [(19800, 0, "IST")], b"IST-5:30"))
show(fixed, (2020, 1, 1, 0, 0))
print("  utcoffset(None):", fixed.utcoffset(None), fixed.tzname(None), us.utcoffset(None), us.dst(None))

print("-- other footers")
for s, moments in [
    (b"IST-1GMT0,M10.5.0,M3.5.0/1", [(2021, 1, 15, 12, 0), (2021, 7, 15, 12, 0), (2021, 10, 31, 1, 30), (2021, 10, 31, 1, 30, 1), (2021, 3, 28, 1, 30)]),
    (b"AEST-10AEDT,M10.1.0,M4.1.0/3", [(2021, 1, 1, 0, 0), (2021, 6, 1, 0, 0), (2021, 4, 4, 2, 30), (2021, 4, 4, 2, 30, 1), (2021, 10, 3, 2, 30)]),
    (b"<+1030>-10:30<+11>-11,M10.1.0,M4.1.0", [(2021, 1, 1, 0, 0), (2021, 7, 1, 0, 0), (2021, 4, 4, 1, 45), (2021, 4, 4, 1, 45, 1)]),
    (b"AAA3BBB,J60/2,J300/2", [(2023, 3, 1, 1, 0), (2023, 3, 1, 3, 0), (2024, 2, 29, 12, 0), (2024, 3, 1, 3, 0), (2024, 10, 27, 0, 30)]),
    (b"AAA3BBB,59,299", [(2023, 2, 28, 12, 0), (2023, 3, 1, 3, 0), (2024, 2, 29, 3, 0), (2024, 10, 26, 12, 0), (2024, 10, 27, 1, 30, 1)]),
    (b"<-03>3<-02>,M3.5.0/-2,M10.5.0/-1", [(2021, 3, 27, 21, 30), (2021, 3, 27, 22, 30), (2021, 10, 30, 22, 30), (2021, 10, 30, 22, 30, 1)]),
    (b"EST5EDT4,0/0,J365/25", [(2021, 6, 1, 0, 0), (2021, 12, 31, 23, 30)]),
    (b"XXX-3YYY-4:30:15,M1.1.1/167,M12.5.6/-167", [(2021, 1, 5, 0, 0), (2021, 1, 12, 0, 0), (2021, 12, 20, 0, 0)]),
    (b"UTC0", [(2021, 6, 1, 0, 0)]),
]:
    print(s)
    show(zone(tzif(2, [], [(0, 0, "UTC")], s)), *moments)

print("-- bad TZ strings")
for s in [b"AA5", b"AAA", b"AAA5BBB", b"AAA5BBB,M3.2.0", b"AAA5BBB,M13.2.0,M11.1.0", b"AAA5BBB,M3.6.0,M11.1.0",
          b"AAA5BBB,M3.2.7,M11.1.0", b"AAA5BBB,J0,J365", b"AAA5BBB,366,J365", b"AAA5BBB,M3.2.0/168,M11.1.0",
          b"AAA25", b"AAA5BBB,M3.2.0,M11.1.0x", b"AAA5BBB4:3,M3.2.0,M11.1.0", b"<AAA5", b"<A!A>5",
          b"AAA5BBB,M3.2.0/1:2,M11.1.0", b"AAA+", b"5AAA"]:
    try:
        zone(tzif(2, [], [(0, 0, "UTC")], s))
        print(s, "accepted")
    except ValueError as e:
        print(s, "ValueError:", e)

print("-- bad files")
for data in [b"", b"TZif", b"XXXX2" + b"\x00" * 40, tzif(1, [], []),
             tzif(2, [(0, 3)], [EST, EDT])]:
    try:
        zone(data)
        print("accepted")
    except Exception as e:
        print(type(e).__name__, e)

print("-- pickling and misc")
try:
    pickle.dumps(us)
except pickle.PicklingError as e:
    print("PicklingError", e)
try:
    ZoneInfo()
except TypeError as e:
    print("TypeError", e)
try:
    ZoneInfo.from_file()
except TypeError as e:
    print("TypeError", e)
print(ZoneInfo.from_file(io.BytesIO(tzif(2, [], [EST], b"EST5"))).key)
print(str(ZoneInfo.from_file(io.BytesIO(tzif(2, [], [EST], b"EST5")), key="Some/Key")))
print(ZoneInfo.__text_signature__, ZoneInfo.from_file.__text_signature__, ZoneInfo.no_cache.__text_signature__,
      ZoneInfo.clear_cache.__text_signature__, ZoneInfo.utcoffset.__text_signature__, ZoneInfo._unpickle.__text_signature__)
print(ZoneInfo.__doc__)
print(ZoneInfo.__mro__, ZoneInfo.__module__)
for dt in [datetime(2021, 1, 1, tzinfo=us), "x", 3]:
    for meth in (us.utcoffset, us.dst, us.tzname):
        try:
            print(meth(dt))
        except Exception as e:
            print(type(e).__name__, e)
