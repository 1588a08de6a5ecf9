# pickling every datetime type (protocols 0-5), copy, subclasses keeping their type through arithmetic
import pickle, copy
from datetime import date, time, datetime, timedelta, timezone
objs = [timedelta(1, 2, 3), date(2024, 2, 29), time(1, 2, 3, 4, timezone.utc, fold=1), datetime(2024, 2, 29, 1, 2, 3, 4, fold=1),
        datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=-3), "X")), timezone(timedelta(minutes=30)), timezone.utc, date(2024, 1, 1).isocalendar()]
for o in objs:
    rs = [pickle.loads(pickle.dumps(o, p)) for p in range(6)]
    print(repr(o), all(r == o for r in rs), [getattr(r, "fold", None) for r in rs][:4], type(rs[0]).__name__, copy.deepcopy(o) == o)
print(date(2024, 1, 1).__reduce__(), datetime(2024, 1, 1, 1, fold=1).__reduce_ex__(4), time(5).__reduce__(), timedelta(3).__reduce__())
class MyDate(date):
    def __repr__(self):
        return "MyDate:" + self.isoformat()
class MyDT(datetime):
    extra = 1
md, mt = MyDate(2024, 5, 6), MyDT(2024, 5, 6, 7, 8)
print(md, repr(md + timedelta(1)), type(md - timedelta(1)).__name__, type(MyDate.fromordinal(1)).__name__, type(MyDate.today()).__name__)
print(repr(mt), type(mt + timedelta(1)).__name__, type(mt.replace(hour=1)).__name__, type(MyDT.fromisoformat("2024-01-01")).__name__, type(MyDT.now()).__name__, mt.extra)
print(type(pickle.loads(pickle.dumps(mt))).__name__, pickle.loads(pickle.dumps(md)), type(mt.astimezone(timezone.utc)).__name__, type(mt - mt).__name__)
