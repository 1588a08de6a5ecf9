# str(): constructor with encodings, errors, and object conversion
print(str(), str(5), str(1.5), str([1, "a"]), str(None), str(b"bytes"), str(b"caf\xc3\xa9", "utf-8"), str(bytearray(b"x"), encoding="ascii"))
print(str(b"\xff", "utf-8", "replace"), str(b"\xff", "latin-1"), str(b"a\xffb", errors="ignore", encoding="ascii"), str(memoryview(b"mv"), "utf-8"))
for c in [lambda: str(b"\xff", "utf-8"), lambda: str("s", "utf-8"), lambda: str(1, "utf-8"), lambda: str(b"x", "no-such-codec"),
          lambda: str(b"x", 5), lambda: str(1, 2, 3, 4), lambda: str(object=5, bad=1)]:
    try:
        print(c())
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
print(str(object="kw"), str(object=b"kwb"), str(encoding="utf-8"), repr(str(b"", "utf-8")))
class S(str):
    pass
print(type(str(S("sub"))).__name__, str(S("sub")) == "sub")
class Both:
    def __str__(self):
        return "from __str__"
    def __repr__(self):
        return "from __repr__"
print(str(Both()), str([Both()]), str(type), str(len), str(str))
