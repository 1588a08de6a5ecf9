# format(): delegation to __format__, defaults and errors
print(format(3.14159, ".2f"), format(42), format("s", ">3"), format([1], ""), format(None), format(1 + 2j, "^12"))
print(format(12345678, ","), format(0.5, "%"), format(-1, "+"), format(255, "08b"))
class F:
    def __format__(self, spec):
        return f"F[{spec}]"
print(format(F()), format(F(), "x"), format(F(), spec="y") if False else "")
for c in [lambda: format(), lambda: format(1, 2), lambda: format(1, "q"), lambda: format(object(), "x"), lambda: format(1, "", 3), lambda: format("s", "d")]:
    try:
        print(c())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class S(str):
    def __format__(self, spec):
        return "subclass format"
print(format(S("x"), ""), f"{S('y')}", "{}".format(S("z")))
import datetime
d = datetime.date(2020, 1, 2)
print(format(d, "%d/%m/%Y"), format(d), f"{d:%A}")
print(format(1.0), format(1e20), format(1e-20), format(100.0, "g"), format(1e16, "g"), format(float("nan"), "+"))
