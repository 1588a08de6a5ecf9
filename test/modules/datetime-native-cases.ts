// Cases for the native _datetime module (src/modules/_datetime): its types used directly as _datetime.X,
// compared with CPython's C _datetime.
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

    // time
    "[repr(D.time(*a)) for a in [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), (23, 59, 59, 999999)]], repr(D.time(1, tzinfo=tz.utc)), repr(D.time(1, fold=1)), repr(D.time(1, 2, tzinfo=tz(td(hours=1)), fold=1))",
    "err(D.time, 24), err(D.time, 0, 60), err(D.time, 0, 0, 60), err(D.time, 0, 0, 0, 10**6), err(D.time, fold=2), err(D.time, tzinfo=1), err(D.time, 1.5), err(D.time, 1, 2, 3, 4, None, 5), err(D.time, x=1), err(D.time, 1, hour=2)",
    "[D.time(13, 5, 9, 123456).isoformat(ts) for ts in ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds')], err(D.time().isoformat, 'x'), err(D.time().isoformat, 1), str(D.time(1, 2, 3, tzinfo=tz(td(hours=-5, minutes=-30))))",
    "D.time(13, 5, 9, 123456).strftime('%H:%M:%S.%f %I %p %Y %z %Z'), D.time(1, tzinfo=tz(td(hours=2), 'X')).strftime('%z %:z %Z'), format(D.time(1, 2), '%H'), format(D.time(1, 2), '')",
    "[D.time.fromisoformat(s) for s in ('13', '13:05', '1305', '13:05:09', '130509', '13:05:09.123', '13:05:09,123456', '13:05:09.1234567', 'T13:05', '13:05Z', '13:05+01:00', '13:05-0130', '24:00', '13:05:09+01:00:30.5')]",
    "[err(D.time.fromisoformat, s) for s in ('', '1', '13:5', '13::05', '13:05:', '24:00:01', '13:05+1', '13:05Z1', '25:00', '13.5', 'x')], err(D.time.fromisoformat, 1)",
    "D.time(1, 2) < D.time(1, 3), D.time(1) == D.time(1, 0), D.time(1, tzinfo=tz(td(hours=1))) == D.time(0, tzinfo=tz.utc), err(lambda: D.time(1) < D.time(1, tzinfo=tz.utc)), D.time(1) == D.time(1, tzinfo=tz.utc), D.time(1) == 1, err(lambda: D.time() < 1)",
    "hash(D.time(1, 2)) == hash(D.time(1, 2, fold=1)), hash(D.time(1, tzinfo=tz(td(hours=1)))) == hash(D.time(0, tzinfo=tz.utc)), bool(D.time()), D.time.min, D.time.max, D.time.resolution",
    "D.time(1, 2, 3, 4).replace(hour=5), D.time(1).replace(tzinfo=tz.utc), D.time(1).replace(fold=1).fold, err(D.time(1).replace, hour=24), D.time(1, tzinfo=tz(td(hours=1))).utcoffset(), D.time(1).utcoffset(), D.time(1, tzinfo=tz.utc).tzname(), D.time(1, tzinfo=tz.utc).dst()",
    "D.time(1, 2, 3, 4, tz.utc, fold=1).__reduce_ex__(4), D.time(1, 2, 3, 4, fold=1).__reduce_ex__(2), D.time(1).__reduce__(), pickle.loads(pickle.dumps(D.time(1, 2, 3, 4, tz(td(hours=1)), fold=1))), copy.deepcopy(D.time(5))",
    // datetime
    "dt = D.datetime; r = [repr(dt(*a)) for a in [(2024, 1, 1), (2024, 1, 1, 1), (2024, 1, 1, 1, 2, 3), (2024, 1, 1, 1, 2, 3, 4)]] + [repr(dt(2024, 1, 1, tzinfo=tz.utc, fold=1)), str(dt(2024, 1, 1, 1, 2, 3, 4, tz(td(hours=5))))]",
    "dt = D.datetime; r = (err(dt, 2024, 1), err(dt, 2024, 13, 1), err(dt, 2024, 1, 1, 24), err(dt, 2024, 1, 1, tzinfo=5), err(dt, 2024, 1, 1, 0, 0, 0, 0, None, 1), err(dt, 2024, 1, 1, fold=3), err(dt, 2024, 1, 1, x=1), err(dt))",
    "dt = D.datetime; d = dt(2024, 3, 10, 2, 30, 15, 500); r = [d.isoformat(), d.isoformat(' '), d.isoformat('x', 'minutes'), d.isoformat(timespec='milliseconds'), err(d.isoformat, 'ab'), err(d.isoformat, 1), err(d.isoformat, timespec='x'), dt(2024, 1, 1, tzinfo=tz(td(hours=-3))).isoformat()]",
    "dt = D.datetime; r = [dt.fromisoformat(s) for s in ('2024-03-10', '2024-03-10T02:30', '2024-03-10 02:30:15.5', '20240310T023015', '2024-03-10T02:30Z', '2024-03-10T02:30:00+05:30', '2024-W10-7T12', '2024-03-10T24:00', '2024-12-31T24:00:00', '2024-03-10\u00e902:30')]",
    "dt = D.datetime; r = [err(dt.fromisoformat, s) for s in ('2024-03-10T', '2024-03-10T25', '2024-03-10T24:00:01', '2024-03-1', '2024-03-10T02:30+', 'abc', '2024-03-10T02:3', '')]",
    "dt = D.datetime; a = dt(2024, 3, 10, 2, 30); r = (a + td(1, 3600), td(0, 1) + a, a - td(days=70), a - dt(2024, 1, 1), dt(2024, 1, 1) - a, err(lambda: dt.max + td(1)), err(lambda: a - dt(2024, 1, 1, tzinfo=tz.utc)), err(lambda: a + a), err(lambda: a - D.date(2024, 1, 1)))",
    "dt = D.datetime; u = dt(2024, 1, 1, 12, tzinfo=tz.utc); k = dt(2024, 1, 1, 17, 30, tzinfo=tz(td(hours=5, minutes=30), 'IST')); r = (u == k, u - k, k - u, hash(u) == hash(k), u < dt(2024, 1, 1, 13, tzinfo=tz.utc), k.utcoffset(), k.tzname(), k.dst(), u.astimezone(tz(td(hours=-5))), k.astimezone(tz.utc))",
    "dt = D.datetime; r = (err(lambda: dt(2024, 1, 1) < dt(2024, 1, 1, tzinfo=tz.utc)), dt(2024, 1, 1) == dt(2024, 1, 1, tzinfo=tz.utc), dt(2024, 1, 1) == D.date(2024, 1, 1), err(lambda: dt(2024, 1, 1) < D.date(2024, 1, 1)), D.date(2024, 1, 1) != dt(2024, 1, 1))",
    "dt = D.datetime; d = dt(2024, 2, 28, 13, 5, 9, 123456); r = (d.date(), d.time(), d.timetz(), d.ctime(), d.timetuple(), d.utctimetuple(), d.toordinal(), d.weekday(), d.isocalendar(), d.strftime('%Y-%m-%d %H:%M:%S.%f %z|%Z|%j'), format(d, '%c'), f'{d}')",
    "dt = D.datetime; r = (dt(1970, 1, 1, tzinfo=tz.utc).timestamp(), dt(2024, 1, 1, 12, tzinfo=tz.utc).timestamp(), dt.fromtimestamp(1704110400, tz.utc), dt.fromtimestamp(0.5, tz=tz.utc), dt.fromtimestamp(-1.25, tz.utc), dt.fromtimestamp(1e-7, tz.utc), dt.fromtimestamp(1.0000005, tz.utc), err(dt.fromtimestamp, 'x'), err(dt.fromtimestamp, float('nan')))",
    "dt = D.datetime; r = (dt.combine(D.date(2024, 1, 2), D.time(3, 4)), dt.combine(D.date(2024, 1, 2), D.time(3, tzinfo=tz.utc)), dt.combine(D.date(2024, 1, 2), D.time(3), tz.utc), err(dt.combine, 1, D.time()), err(dt.combine, D.date(2024, 1, 1), 1), dt.combine(dt(2024, 5, 6, 7), D.time(1)))",
    "dt = D.datetime; d = dt(2024, 2, 29, 1, 2, 3, 4, tz(td(hours=1)), fold=1); r = (d.replace(year=2028), err(d.replace, year=2023), d.replace(tzinfo=None), d.replace(fold=0).fold, d.__reduce_ex__(4), d.__reduce__(), pickle.loads(pickle.dumps(d)), pickle.loads(pickle.dumps(d, 2)).fold, copy.deepcopy(d) == d)",
    "dt = D.datetime; r = (dt.min, dt.max, dt.resolution, dt.strptime('2024-02-29 13:45', '%Y-%m-%d %H:%M'), dt.strptime('2024 +0100', '%Y %z'), D.date.strptime('2024-02-29', '%Y-%m-%d'), D.time.strptime('13:45', '%H:%M'), type(dt.now()).__name__, dt.now(tz.utc).tzinfo, type(dt.today()).__name__)",
    "dt = D.datetime\nclass Sub(dt): pass\nr = (repr(Sub(2024, 1, 1)), type(Sub(2024, 1, 1) + td(1)).__name__, type(Sub(2024, 1, 1) - td(1)).__name__, type(Sub.fromisoformat('2024-01-01')).__name__, type(Sub.combine(D.date(2024, 1, 1), D.time())).__name__, type(Sub(2024, 1, 1).replace(day=2)).__name__, isinstance(Sub(2024, 1, 1), D.date))",
    "dt = D.datetime\nclass TZ(D.tzinfo):\n    def utcoffset(self, d): return td(hours=2)\n    def dst(self, d): return td(hours=1)\n    def tzname(self, d): return 'TZ'\nd = dt(2024, 1, 1, 12, tzinfo=TZ()); r = (d.utcoffset(), d.dst(), d.tzname(), d.timetuple().tm_isdst, d.utctimetuple(), TZ().fromutc(dt(2024, 1, 1, tzinfo=d.tzinfo)), d.astimezone(tz.utc), str(d))",
    "dt = D.datetime\nclass Bad(D.tzinfo):\n    def utcoffset(self, d): return 5\n    def tzname(self, d): return 5\nclass Big(D.tzinfo):\n    def utcoffset(self, d): return td(days=1)\nr = (err(dt(2024, 1, 1, tzinfo=Bad()).utcoffset), err(dt(2024, 1, 1, tzinfo=Bad()).tzname), err(dt(2024, 1, 1, tzinfo=Big()).utcoffset), err(dt(2024, 1, 1, tzinfo=D.tzinfo()).utcoffset))",
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
    "D.MINYEAR, D.MAXYEAR, sorted(n for n in dir(D) if not n.startswith('_') and n != 'datetime_CAPI')",
  ],
};
