# CONVERT_VALUE / FORMAT_SIMPLE / FORMAT_WITH_SPEC / BUILD_STRING in f-strings
class V:
    def __str__(self):
        return "V.str"
    def __repr__(self):
        return "V.repr"
    def __format__(self, spec):
        return "V.format[" + spec + "]"
v = V()
print(f"{v}", f"{v!s}", f"{v!r}", f"{v!a}", f"{v:spec}", f"{v!s:>8}", f"{v!r:*<10}")
w = 7
print(f"{w}", f"{w:3}", f"{w!r:3}", f"{w:{w}}", f"{w}{w}{w}", f"a{w}b{w}c", f"{w=}", f"{w=:03}", f"{w=!r}", f"{w = }")
s = "é"
print(f"{s!a}", f"{s!r}", f"{s:^5}", f"{s!a:^10}")
print(f"{3.14159:.{w - 4}f}", f"{'nested {}'.format(w)}", f"{[w, w]!r}", f"{ {w: w} }")
class BadFormat:
    def __format__(self, spec):
        raise ValueError("format failed: " + spec)
try:
    f"{BadFormat():xyz}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{w:q}"
except ValueError as e:
    print(type(e).__name__, e)
print(f"{None}", f"{True}", f"{b'b'}", f"{1e100}", f"{-0.0}", f"{10**20}", f"{(1, 2)}")
