// Cases for the native _datetime module (src/modules/_datetime, not registered yet): the types it has
// so far, used directly as _datetime.X and compared with CPython's C _datetime.
import type { Suite } from './support/cases.ts';

export const DATETIME_NATIVE_SUITE: Suite = {
  name: 'datetime-native',
  setup: `
import _datetime as D, pickle, copy
td, date, tz = D.timedelta, D.date, D.timezone
def err(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
`,
  cases: [
    // timedelta
    "[repr(td(*a)) for a in [(), (1,), (0, 1), (0, 0, 1), (-1,), (0, -1), (0, 0, -1), (1, 2, 3), (1, 86401), (0, 0, 10**6), (0, 0, 0, 1, 1, 1, 1)]]",
    "[str(td(*a)) for a in [(), (1,), (-1,), (2, 3661, 5), (-2, 0, 1), (0, 0, 1), (10, 59), (0, 86399, 999999)]]",
    "[repr(td(**{k: v})) for k in ('days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks') for v in (1.5, -0.25, 1e-7, 0.5e-6, 1.5e-6, 2.5e-6, 1/3)]",
    "repr(td(days=1.1, seconds=2.2, microseconds=3.3)), repr(td(microseconds=-0.5)), repr(td(microseconds=0.5)), repr(td(seconds=0.0000015)), repr(td(hours=-1.1))",
    "err(td, 'x'), err(td, seconds=[]), err(td, 1, 2, 3, 4, 5, 6, 7, 8), err(td, x=1), err(td, days=10**9), err(td, days=-10**9), err(td, days=2**40), err(td, float('nan')), err(td, float('inf'))",
    "td.min, td.max, td.resolution, td.max.days, td.min.total_seconds(), td.max.total_seconds()",
    "td(1, 2, 3) + td(4, 5, 6), td(1) - td(0, 1), -td(1, 2, 3), +td(1), abs(td(-1, 5)), abs(td(1)), bool(td()), bool(td(0, 0, 1))",
    "td(1) * 3, 3 * td(1), td(0, 1) * 0.5, 1.5 * td(0, 0, 3), td(0, 0, 5) * 0.5, td(0, 0, 7) * 0.5, td(1) * -1",
    "td(1) / td(0, 3600), td(1) / 3, td(1) / 7, td(0, 0, 5) / 2, td(0, 0, 7) / 2, td(1) / 0.5, td(1) // td(0, 7), td(1) // 7, td(0, 0, -5) // 2",
    "td(1) % td(0, 7), divmod(td(1), td(0, 7)), divmod(td(-1), td(0, 7)), td(-1) % td(0, 7)",
    "err(lambda: td(1) / 0), err(lambda: td(1) // 0), err(lambda: td(1) / td()), err(lambda: td(1) % td()), err(lambda: td(1) / 0.0), err(lambda: td(1) * float('nan')), err(lambda: td(1) * float('inf'))",
    "err(lambda: td(1) + 1), err(lambda: td(1) * 'x'), err(lambda: td(1) < 1), td(1) == 1, td(1) != 'x', err(lambda: td.max + td(1)), err(lambda: td.min - td(1)), err(lambda: td.max * 2)",
    "td(1) < td(1, 1), td(1) <= td(1), td(2) > td(1, 86399), td(0) >= td(0, 0, 1), td(1) == td(0, 86400), hash(td(1)) == hash(td(0, 86400)), hash(td(1, 2, 3)) == hash((1, 2, 3))",
    "td(1, 2, 3).total_seconds(), td(0, 0, 1).total_seconds(), td(-1).total_seconds(), td(1, 2, 3).__reduce__(), pickle.loads(pickle.dumps(td(1, 2, 3))), copy.deepcopy(td(-5))",
    "class T(td): pass\nr = (repr(T(1)), type(T(1) + td(1)).__name__, type(-T(1)).__name__, type(T(1) * 2).__name__, T(1) == td(1))",
    "td(1).days, td(1, 5).seconds, td(0, 0, 7).microseconds, err(setattr, td(1), 'days', 2), td.__text_signature__ if False else None",
    // date
    "[repr(date(*a)) for a in [(1, 1, 1), (9999, 12, 31), (2024, 2, 29), (2000, 1, 1)]], str(date(2024, 2, 28)), date(2024, 2, 28).isoformat()",
    "err(date, 0, 1, 1), err(date, 10000, 1, 1), err(date, 2024, 13, 1), err(date, 2023, 2, 29), err(date, 2024, 1, 0), err(date, 2.0, 1, 1), err(date, 1, 1), err(date, 1, 2, 3, 4), err(date, year=1, month=2, day=3, x=1), err(date, 2**70, 1, 1), err(date, '2024', 1, 1)",
    "date(year=2024, month=3, day=1), date(2024, 3, day=1), date(b'\\x07\\xe8\\x02\\x1c'), date.min, date.max, date.resolution",
    "[date(2024, m, 1).weekday() for m in range(1, 13)], [date(2024, m, 1).isoweekday() for m in range(1, 13)], date(2024, 2, 28).toordinal(), date(1, 1, 1).toordinal()",
    "[date.fromordinal(n) for n in (1, 2, 365, 366, 730120, 738944, 3652059)], err(date.fromordinal, 0), err(date.fromordinal, 3652060), err(date.fromordinal, 1.5)",
    "[tuple(date(y, m, d).isocalendar()) for (y, m, d) in [(2024, 2, 28), (2021, 1, 1), (2020, 12, 31), (2019, 12, 30), (2026, 1, 1), (2027, 1, 3), (1, 1, 1), (9999, 12, 31)]]",
    "date(2024, 2, 28).isocalendar(), repr(date(2021, 1, 3).isocalendar()), date(2024, 2, 28).isocalendar().week, date(2024, 2, 28).isocalendar().__reduce__(), pickle.loads(pickle.dumps(date(2024, 1, 1).isocalendar()))",
    "type(date(2024, 1, 1).isocalendar()).__name__, type(date(2024, 1, 1).isocalendar()).__module__, isinstance(date(2024, 1, 1).isocalendar(), tuple), date(2024, 1, 1).isocalendar()[1:], D.IsoCalendarDate(1, 2, 3)",
    "[date.fromisoformat(s) for s in ('2024-02-28', '20240228', '2024-W09', '2024W09', '2024-W09-3', '2024W093', '2020-W53-7')]",
    "[err(date.fromisoformat, s) for s in ('2024-2-28', '2024-02-28T00', '2024/02/28', '', '2024-W54', '2021-W53', '2024-W09-8', '2024-02-30', '2024-0228', '202402-28')], err(date.fromisoformat, 5)",
    "[date.fromisocalendar(*a) for a in [(2024, 9, 3), (2020, 53, 7), (2021, 1, 1), (1, 1, 1)]], err(date.fromisocalendar, 2021, 53, 1), err(date.fromisocalendar, 2021, 1, 8), err(date.fromisocalendar, 0, 1, 1), err(date.fromisocalendar, 2021, 0, 1)",
    "date(2024, 2, 28) + td(1), td(2) + date(2024, 2, 28), date(2024, 3, 1) - td(1), date(2024, 3, 1) - date(2023, 3, 1), date(2024, 2, 28) + td(0, 86399), date(2024, 2, 28) - td(0, 1)",
    "err(lambda: date.max + td(1)), err(lambda: date.min - td(1)), err(lambda: date(2024, 1, 1) + 1), err(lambda: date(2024, 1, 1) - 1), err(lambda: date(2024, 1, 1) < 1), date(2024, 1, 1) == 1",
    "date(2024, 1, 1) < date(2024, 1, 2), date(2024, 1, 1) == date(2024, 1, 1), date(2024, 12, 1) > date(2024, 2, 3), hash(date(2024, 2, 28)) == hash(date(2024, 2, 28)), hash(date(2024, 2, 28)) == hash(b'\\x07\\xe8\\x02\\x1c')",
    "date(2024, 2, 28).ctime(), date(2024, 2, 8).ctime(), date(2024, 2, 28).timetuple(), date(2024, 12, 31).timetuple().tm_yday",
    "date(2024, 2, 28).strftime('%Y/%m/%d %a %A %b %B %j %U %W %y %z %Z %f %%'), format(date(2024, 2, 28), '%d.%m'), format(date(2024, 2, 28), ''), f'{date(2024, 2, 28):%Y}', err(date(2024, 1, 1).strftime, 1), err(format, date(2024, 1, 1), 1)",
    "date(2024, 2, 28).replace(day=1), date(2024, 2, 28).replace(2023, 3), err(date(2024, 2, 29).replace, year=2023), err(date(2024, 1, 1).replace, month=13), date(2024, 2, 28).__replace__(month=5)",
    "date(2024, 2, 28).__reduce__(), pickle.loads(pickle.dumps(date(2024, 2, 28))), copy.copy(date(1, 1, 1)), copy.deepcopy(date(9999, 12, 31))",
    "class Dd(date): pass\nr = (repr(Dd(2024, 1, 1)), type(Dd(2024, 1, 1) + td(1)).__name__, type(Dd.fromordinal(5)).__name__, type(Dd(2024, 1, 1).replace(day=5)).__name__, pickle.loads(pickle.dumps(Dd(2024, 1, 2))) if False else None)",
    "date(2024, 1, 1).year, date(2024, 1, 1).month, date(2024, 1, 1).day, err(setattr, date(2024, 1, 1), 'year', 5), type(date.today()).__name__, date.fromtimestamp(0), date.fromtimestamp(1700000000)",
    // tzinfo, timezone
    "err(D.tzinfo().tzname, None), err(D.tzinfo().utcoffset, None), err(D.tzinfo().dst, None), err(D.tzinfo().fromutc, 1), D.tzinfo().__reduce__()[1:]",
    "[repr(tz(td(hours=h))) for h in (0, 1, -1, 5.5, -23.99)], repr(tz(td(hours=1), 'X')), repr(tz.utc), repr(D.UTC), tz.utc is D.UTC, tz(td(0)) is tz.utc, repr(tz(td(0), 'UTC'))",
    "[str(tz(td(**k))) for k in ({'hours': 5}, {'hours': -5}, {'minutes': 90}, {'seconds': 61}, {'microseconds': 5}, {'hours': -1, 'microseconds': 1}, {})], str(tz(td(1, -60), 'Name'))",
    "err(tz, 1), err(tz, td(1)), err(tz, -td(1)), err(tz, td(hours=1), 5), err(tz), err(tz, td(hours=1), 'a', 'b'), err(tz, offset=td(hours=2), name='N')",
    "tz.min, tz.max, tz(td(hours=1)) == tz(td(hours=1), 'x'), tz(td(hours=1)) != tz(td(hours=2)), err(lambda: tz.utc < tz.utc), hash(tz(td(hours=1))) == hash(td(hours=1))",
    "tz(td(hours=1)).utcoffset(None), tz(td(hours=1)).dst(None), tz(td(hours=1), 'Z').tzname(None), err(tz.utc.utcoffset, 1), err(tz.utc.tzname, date(2024, 1, 1)), err(tz.utc.dst, 'x'), err(tz.utc.fromutc, 1)",
    "tz(td(hours=1), 'X').__getinitargs__(), tz.utc.__getinitargs__(), pickle.loads(pickle.dumps(tz(td(hours=1), 'X'))), pickle.loads(pickle.dumps(tz.utc)) is tz.utc, copy.deepcopy(tz(td(minutes=-30)))",
    "err(type, 'X', (tz,), {}), issubclass(tz, D.tzinfo), class_ok() if False else None",
    "class TZ(D.tzinfo):\n    def utcoffset(self, dt): return td(hours=1)\n    def dst(self, dt): return td(0)\n    def __getinitargs__(self): return ()\nr = (TZ().utcoffset(None), TZ().__reduce__()[0].__name__, TZ().__reduce__()[1:], pickle.loads(pickle.dumps(TZ())).utcoffset(None))",
    "D.MINYEAR, D.MAXYEAR, sorted(n for n in dir(D) if not n.startswith('_') and n not in ('datetime', 'time', 'datetime_CAPI'))",
  ],
};
