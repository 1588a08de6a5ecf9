# __repr__, __str__, __format__ defaults and overrides
class Plain:
    pass
plain = Plain()
print(repr(plain).startswith("<__main__.Plain object at 0x"), str(plain) == repr(plain), format(plain, "") == str(plain))

class R:
    def __repr__(self):
        return "R()"
r = R()
print(repr(r), str(r), f"{r}", f"{r!r}", f"{r!s}", [r], (r,), {"k": r})

class S:
    def __str__(self):
        return "S-str"
s = S()
print(str(s), f"{s}", repr(s)[:10], "%s" % s)

class Both:
    def __repr__(self):
        return "Both-repr"
    def __str__(self):
        return "Both-str"
b = Both()
print(b, repr(b), [b], f"{b!r:>12}|", format(b), "%r %s" % (b, b))

class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)

class StrSub(str):
    pass
class ReturnsSub:
    def __str__(self):
        return StrSub("sub")
print(type(str(ReturnsSub())).__name__)

class Fmt:
    def __format__(self, spec):
        return f"<{spec}>"
print(format(Fmt(), "xyz"), f"{Fmt():abc}", f"{Fmt()}", "{:q}".format(Fmt()))
class BadFmt:
    def __format__(self, spec):
        return 1
try:
    format(BadFmt())
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(Plain(), "x")
except TypeError as e:
    print(type(e).__name__, e)
print(format(plain, "") == repr(plain))

class Recursive:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return f"Recursive({self.items!r})"
x = []
x.append(x)
print(x, repr({"a": x}))
d = {}
d['self'] = d
print(d)
print(repr(Recursive())[:40])
