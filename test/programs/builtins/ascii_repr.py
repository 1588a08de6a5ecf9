# ascii() and repr() of many values
vals = ["plain", "quote'", 'dq"', "both'\"", "tab\t", "nl\n", "\x00\x7f", "é", "日本", "\U0001f600", "\u200b", "\ud800", b"bytes\xff", 1.5, [1, "é"], {"k": "ü"}, ("x",), None, ..., NotImplemented]
for v in vals:
    print(repr(v), ascii(v))
print(repr("\\"), repr("a\\nb"), repr("\r\x0b\x0c\a\b"), repr("\x1b[0m"), repr("\xa0\xad"), repr("\u0378"))
class R:
    def __repr__(self):
        return "R<é>"
print(repr(R()), ascii(R()), ascii([R()]))
for c in [lambda: ascii(), lambda: repr(), lambda: repr(1, 2), lambda: ascii(1, 2)]:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
print(repr(1e100), repr(-0.0), repr(1j), repr(10 ** 25), repr(True), repr(int), repr(len), repr(range(3)), repr(slice(1, 2)), repr(frozenset()))
print(repr(set()), repr({}), repr(()), repr((1,)), repr([]), repr(bytearray()), repr(b""), repr(""))
