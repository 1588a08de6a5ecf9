# datetime: date/time/datetime/timedelta arithmetic and formatting (no clock reads)
from datetime import date, time, datetime, timedelta, timezone
d = date(2024, 2, 28)
print(d, d + timedelta(days=1), d + timedelta(days=2), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.strftime("%A %d %B %Y %j"))
print(date.fromisoformat("2023-12-31"), date.fromordinal(738000), (date(2024, 12, 25) - date(2024, 1, 1)).days, d.replace(month=3), d.ctime())
t = time(13, 5, 9, 123456)
print(t, t.isoformat(timespec="milliseconds"), t.strftime("%I:%M %p"), t.hour, t.replace(hour=1))
dt = datetime(2024, 3, 10, 2, 30, 0)
print(dt, dt.isoformat(), dt + timedelta(hours=25, minutes=45), dt - datetime(2024, 1, 1), dt.timestamp() if False else "no tz clock", dt.date(), dt.time())
utc = datetime(2024, 1, 1, 12, 0, tzinfo=timezone.utc)
plus5 = timezone(timedelta(hours=5, minutes=30), "IST")
print(utc, utc.astimezone(plus5), utc.astimezone(plus5).tzname(), utc.utcoffset(), utc.timestamp(), datetime.fromtimestamp(0, timezone.utc))
td = timedelta(days=1, seconds=3661, microseconds=5)
print(td, td.total_seconds(), -td, td * 2, td / 3, td // timedelta(hours=1), td % timedelta(hours=1), abs(-td), repr(td))
print(datetime.strptime("2020-05-17 08:09:10", "%Y-%m-%d %H:%M:%S"), datetime.fromisoformat("2021-06-01T12:00:00+02:00"), date(2000, 1, 1) < date(2000, 1, 2))
for bad in [lambda: date(2023, 2, 29), lambda: time(24), lambda: datetime(2020, 13, 1), lambda: timedelta(days=10 ** 9), lambda: date.fromisoformat("2020-1-1"), lambda: utc - dt]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(f"{dt:%Y/%m/%d}", format(d, "%b"), str(timedelta(0)), timedelta(weeks=1, milliseconds=1))
