# Bad arguments to ZoneInfo and its methods: argument binding messages, keys of the wrong type, objects
# that are not datetimes, datetime subclasses whose fields misbehave, results out of range, and
# transition times at the limits of 64 bits.
import io
import struct
from datetime import datetime, date, time, timedelta
from zoneinfo import ZoneInfo

def tzif(transitions, types, tzstr):
    abbrs = b"".join(name + b"\0" for _, _, name in types)
    idx, o = [], 0
    for _, _, name in types:
        idx.append(o)
        o += len(name) + 1
    body = b"".join(struct.pack(">q", t) for t, _ in transitions) + bytes(i for _, i in transitions)
    body += b"".join(struct.pack(">lbB", off, dst, i) for (off, dst, _), i in zip(types, idx)) + abbrs
    v1 = b"TZif2" + b"\0" * 15 + struct.pack(">6l", 0, 0, 0, 0, 0, 0)
    v2 = b"TZif2" + b"\0" * 15 + struct.pack(">6l", 0, 0, 0, len(transitions), len(types), len(abbrs))
    return v1 + v2 + body + b"\n" + tzstr + b"\n"

def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(label, "->", r)
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

z = ZoneInfo.from_file(io.BytesIO(tzif([(0, 1)], [(-17762, 0, b"LMT"), (-18000, 0, b"EST"), (-14400, 1, b"EDT")], b"EST5EDT,M3.2.0,M11.1.0")), key="Test/Zone")

attempt("ZoneInfo(None)", ZoneInfo, None)
attempt("ZoneInfo(7)", ZoneInfo, 7)
attempt("ZoneInfo(b'UTC')", ZoneInfo, b"UTC")
attempt("ZoneInfo(2 args)", ZoneInfo, "UTC", "x")
attempt("ZoneInfo(key, foo)", ZoneInfo, key="UTC", foo=1)
attempt("ZoneInfo.__new__(int)", ZoneInfo.__new__, int, "UTC")
attempt("no_cache()", ZoneInfo.no_cache)
attempt("no_cache(2 args)", ZoneInfo.no_cache, "a", "b")
attempt("clear_cache(5)", ZoneInfo.clear_cache, only_keys=5)
attempt("clear_cache(positional)", ZoneInfo.clear_cache, 1)
attempt("clear_cache(x=)", ZoneInfo.clear_cache, x=1)
attempt("clear_cache([[1]])", ZoneInfo.clear_cache, only_keys=[[1]])
attempt("_unpickle(1 arg)", ZoneInfo._unpickle, "UTC")
attempt("_unpickle(kw)", ZoneInfo._unpickle, "UTC", 1, x=2)
attempt("_unpickle(str)", ZoneInfo._unpickle, "UTC", "x")
attempt("_unpickle(float)", ZoneInfo._unpickle, "UTC", 1.5)
attempt("from_file(int)", ZoneInfo.from_file, 5)
attempt("from_file(3 args)", ZoneInfo.from_file, 1, 2, 3)
attempt("from_file(kex=)", ZoneInfo.from_file, io.BytesIO(b""), kex=1)
attempt("from_file(StringIO)", ZoneInfo.from_file, io.StringIO("TZif"))
attempt("utcoffset()", z.utcoffset)
attempt("utcoffset(1, 2)", z.utcoffset, 1, 2)
attempt("utcoffset(dt=)", z.utcoffset, dt=1)
attempt("dst(date)", z.dst, date(2020, 1, 1))
attempt("tzname(time)", z.tzname, time(1))
attempt("utcoffset(5)", z.utcoffset, 5)
attempt("utcoffset(None)", z.utcoffset, None)
attempt("fromutc()", z.fromutc)
attempt("fromutc(1, 2)", z.fromutc, 1, 2)
attempt("__reduce__(1)", z.__reduce__, 1)
attempt("tzname(max)", z.tzname, datetime.max)
attempt("tzname(min)", z.tzname, datetime.min)
attempt("fromutc(max)", z.fromutc, datetime.max.replace(tzinfo=z))
attempt("fromutc(min)", z.fromutc, datetime.min.replace(tzinfo=z))

class HugeOrdinal(datetime):
    def toordinal(self):
        return 10 ** 30

class StrHour(datetime):
    @property
    def hour(self):
        return "x"

class Shifted(datetime):
    @property
    def hour(self):
        return 30

attempt("HugeOrdinal", z.utcoffset, HugeOrdinal(2020, 1, 1))
attempt("StrHour", z.utcoffset, StrHour(2020, 1, 1))
attempt("Shifted", z.tzname, Shifted(2020, 3, 8, 1))
attempt("Shifted fromutc", lambda: z.fromutc(Shifted(2020, 3, 8, 1, tzinfo=z)))

# Transitions at -2**63 and 2**63 - 1; an offset of more than a day.
big = ZoneInfo.from_file(io.BytesIO(tzif([(-2**63, 0), (2**63 - 1, 1)], [(100000, 0, b"BIG"), (-100000, 1, b"NEG")], b"")))
attempt("big utcoffset", big.utcoffset, datetime(2020, 1, 1))
attempt("big aware utcoffset", datetime(2020, 1, 1, tzinfo=big).utcoffset)
attempt("big tzname", big.tzname, datetime(2020, 1, 1))
attempt("huge offset", lambda: ZoneInfo.from_file(io.BytesIO(tzif([], [(2**31 - 1, 0, b"X")], b""))).utcoffset(datetime(2000, 1, 1)))
attempt("bad abbreviation", ZoneInfo.from_file, io.BytesIO(tzif([], [(0, 0, b"\xff\xfe")], b"")))
attempt("tz string not ascii", ZoneInfo.from_file, io.BytesIO(tzif([], [(0, 0, b"X")], "ÄÄÄ3".encode())))
attempt("tz string with NUL", lambda: str(ZoneInfo.from_file(io.BytesIO(tzif([], [(0, 0, b"X")], b"AAA3\0junk")), key="nul").utcoffset(None)))
