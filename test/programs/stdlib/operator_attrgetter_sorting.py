# sorting records with operator.itemgetter/attrgetter, multi-key sorts, stability and reverse
from operator import itemgetter, attrgetter, methodcaller
from collections import namedtuple
Emp = namedtuple("Emp", "name dept salary")
staff = [Emp("ann", "eng", 120), Emp("bob", "ops", 90), Emp("cat", "eng", 95), Emp("dan", "ops", 90), Emp("eve", "hr", 70)]
print([e.name for e in sorted(staff, key=attrgetter("dept", "salary"))])
print([e.name for e in sorted(staff, key=attrgetter("salary"), reverse=True)])
by_dept = sorted(staff, key=attrgetter("salary"))
by_dept.sort(key=attrgetter("dept"))
print([(e.dept, e.name) for e in by_dept])
rows = [{"k": 2, "v": "b"}, {"k": 1, "v": "c"}, {"k": 2, "v": "a"}]
print(sorted(rows, key=itemgetter("k", "v")), max(rows, key=itemgetter("v")))
print(sorted(["Banana", "apple", "Cherry"], key=methodcaller("lower")), list(map(itemgetter(0, -1), ["abc", "xyz"])))
print(sorted(staff, key=lambda e: (-e.salary, e.name))[0].name, [attrgetter("name")(e) for e in staff if e.salary > 90])
