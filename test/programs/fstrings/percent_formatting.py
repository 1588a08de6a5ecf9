# printf-style % formatting for str
print("%s %r %a" % ("s", "r", "é"))
print("%d %i %u" % (1, -2, 3), "%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8))
print("%f %.2f %10.3f %-10.1f| %e %.2E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 12345.678, 0.00001234, 1e20))
print("%c %c" % (65, "z"), "%%", "%5s|%-5s|%.2s" % ("ab", "ab", "abc"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%(x)r" % {"x": [1]})
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%s" % (1,), "%s" % [1, 2], "%s %s" % (1, 2), "%s" % {"k": 1})
print("%d" % 3.99, "%d" % True, "%x" % -255, "%.0f" % 0.5, "%.0f" % 1.5, "%s" % None)
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", 1), ("%c", 1234567), ("%c", "ab"), ("%x", 1.5), ("%", ()), ("%(a", {"a": 1}), ("%*d", ("x", 1))]:
    try:
        print(repr(fmt), repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
print("%s" % "only", "no format" % (), "%(a)s %(a)s" % {"a": 1})
print("%.3s|%5.1s|" % ("abcdef", "xyz"), "%-8.3f|" % 2.0, "%+.1e" % -0.000123)
print("%r" % "quote'd", "%a" % "\u20ac", "%s" % b"bytes", "%5.2s|" % "abc")
print("%i%%" % 50, "%.2f%%" % 99.5)
