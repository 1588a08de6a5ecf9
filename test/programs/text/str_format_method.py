# str.format and str.format_map in depth
print("{} {} {}".format(1, "two", 3.0), "{2}{1}{0}".format("a", "b", "c"), "{0}{0}".format("echo"))
print("{name} is {age}".format(name="Ann", age=30), "{0[0]}{0[1]}".format("xy"), "{d[key]}".format(d={"key": "v"}))
class P:
    x = 3
    y = [10, 20]
print("{p.x} {p.y[1]} {p.__class__.__name__}".format(p=P()))
print("{:*^10}".format("mid"), "{:>+8.2f}".format(3.14159), "{:08.3f}".format(-2.5), "{:,}".format(1234567), "{:_b}".format(255), "{:e}".format(0.000123))
print("{!r:>10}".format("r"), "{0!s:^7}".format([1]), "{:{w}.{p}f}".format(2.71828, w=10, p=2), "{:{}}".format("dyn", ">6"))
print("{0:{1}{2}}".format(5, ">", 4), "{:%}".format(0.25), "{:.0%}".format(0.999), "{:#x}".format(255), "{:c}".format(9731))
print("{a}-{b}".format_map({"a": 1, "b": 2}))
class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"
print("{known} {unknown}".format_map(Default(known="K")))
for fmt, args, kw in [("{}", (), {}), ("{0}{}", (1, 2), {}), ("{}{0}", (1,), {}), ("{x}", (), {}), ("{0.missing}", (1,), {}), ("{0[5]}", ([1],), {}),
                      ("{:d}", ("s",), {}), ("{0:{1}}", (1,), {}), ("{!q}", (1,), {}), ("{0!r:}", (1,), {}), ("{0:,d}", (1.5,), {}), ("}", (), {})]:
    try:
        print(repr(fmt), repr(fmt.format(*args, **kw)))
    except (IndexError, KeyError, AttributeError, ValueError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
import string
print(list(string.Formatter().parse("a{0!r:>5}b{c}")))
print(string.Template("$who likes ${what}").substitute(who="tim", what="kung pao"), string.Template("$a $b").safe_substitute(a=1))
try:
    string.Template("$x").substitute()
except KeyError as e:
    print(type(e).__name__, e)
