# UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError: constructors, fields, str.
def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


d = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(repr(d), str(d), d.encoding, d.object, d.start, d.end, d.reason, d.args)
print(str(UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "bad")))
print(str(UnicodeDecodeError("utf-8", b"abcd", 1, 3, "range")))
print(str(UnicodeDecodeError("utf-8", bytearray(b"x"), 0, 1, "ba")))
e = UnicodeEncodeError("ascii", "h\xe9llo", 1, 2, "ordinal not in range(128)")
print(repr(e), str(e), e.object, e.start, e.end)
print(str(UnicodeEncodeError("ascii", "\U0001f40d", 0, 1, "r")), str(UnicodeEncodeError("ascii", "\u1234", 0, 1, "r")))
print(str(UnicodeEncodeError("ascii", "abc", 0, 3, "several")))
t = UnicodeTranslateError("\xe9", 0, 1, "no mapping")
print(repr(t), str(t), t.encoding, t.object)
print(str(UnicodeTranslateError("\uffff", 0, 1, "r")), str(UnicodeTranslateError("ab", 0, 2, "r")))

attempt("decode wrong arg count", lambda: UnicodeDecodeError("utf-8", b"x", 0, 1))
attempt("decode object str", lambda: UnicodeDecodeError("utf-8", "x", 0, 1, "r"))
attempt("decode encoding int", lambda: UnicodeDecodeError(1, b"x", 0, 1, "r"))
attempt("decode start str", lambda: UnicodeDecodeError("utf-8", b"x", "0", 1, "r"))
attempt("encode object bytes", lambda: UnicodeEncodeError("ascii", b"x", 0, 1, "r"))
attempt("translate 4 args", lambda: UnicodeTranslateError("x", 0, 1, "r", 5))
attempt("kw", lambda: UnicodeDecodeError("utf-8", b"x", 0, 1, "r", x=1))

d.start = 1
d.end = 2
d.reason = "changed"
print(str(d))
d.start = 10
print(str(d))
d.end = -5
print(str(d))
d.object = b""
print(repr(str(d)))
print(str(UnicodeError("plain")), repr(UnicodeError()), UnicodeError.__mro__[1].__name__)

try:
    b"\xc3\x28".decode("utf-8")
except UnicodeDecodeError as x:
    print(x, x.start, x.end, x.reason)
try:
    "snake \U0001f40d".encode("latin-1")
except UnicodeEncodeError as x:
    print(x, x.start, x.end)
try:
    "abc\u20ac".encode("ascii")
except UnicodeEncodeError as x:
    print(x)
