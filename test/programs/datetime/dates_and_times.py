# date, time and datetime: construction, ISO formats, calendars, strftime, replace, errors
from datetime import date, time, datetime, timedelta, timezone
d = date(2024, 2, 29)
print(d, repr(d), d.isoformat(), d.isocalendar(), d.isoweekday(), d.weekday(), d.toordinal(), d.ctime(), d.timetuple())
print(date.fromordinal(738945), date.fromisoformat("2024-W09-4"), date.fromisocalendar(2020, 53, 7), d.replace(year=2028), d + timedelta(days=366), d - date(2000, 1, 1))
print(d.strftime("%A %d %B %Y, day %j, week %U/%W, %y %%"), f"{d:%d.%m.%Y}", format(d, ""))
t = time(13, 5, 9, 123456)
print(t, repr(t), t.isoformat("milliseconds"), t.strftime("%I:%M %p"), time.fromisoformat("T13:05:09.5+01:00"), t.replace(hour=1), time(), time.max)
dt = datetime(2024, 3, 10, 2, 30)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(" ", "seconds"), dt.date(), dt.time(), dt.ctime(), dt.timetuple().tm_yday, dt.isocalendar())
print(datetime.fromisoformat("2024-03-10T02:30:15.250+05:30"), datetime.fromisoformat("20240310T0230Z"), datetime.fromisoformat("2024-12-31T24:00"), datetime.combine(d, t))
print(dt + timedelta(hours=49.5), dt - timedelta(weeks=1), dt - datetime(2024, 1, 1), datetime.max - datetime.min, dt.replace(minute=0, fold=1), repr(dt.replace(fold=1)))
print(datetime.strptime("2024-02-29 13:45:10", "%Y-%m-%d %H:%M:%S"), date.strptime("29/02/2024", "%d/%m/%Y"), time.strptime("01:02 PM", "%I:%M %p"))
for bad in (lambda: date(2023, 2, 29), lambda: time(24), lambda: datetime(2024, 1, 1, fold=2), lambda: date.fromisoformat("2024-2-1"),
            lambda: datetime.fromisoformat("2024-01-01T25:00"), lambda: date(2024, 1, 1) < datetime(2024, 1, 1), lambda: dt - date(2024, 1, 1),
            lambda: date.max + timedelta(1), lambda: time(1).isoformat("x"), lambda: datetime(2024, 1, 1).isoformat("TT")):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(date(2024, 1, 1) == datetime(2024, 1, 1), date.min, date.max, datetime.min, time.min, time.resolution)
