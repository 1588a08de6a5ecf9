# str.maketrans and str.translate, encode/decode round trips
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc-abc".translate(t))
t2 = str.maketrans("ab", "12", "xyz")
print("axbycz".translate(t2))
t3 = str.maketrans({"a": "AA", "b": None, ord("c"): 99, "d": "🎲"})
print(sorted(t3.items()), "abcd".translate(t3))
print("hello".translate({ord("l"): None}), "hello".translate({}), "hi".translate([ord("X")] * 200))
class Lookup:
    def __getitem__(self, k):
        if k == ord("e"):
            return "3"
        raise LookupError
print("leet".translate(Lookup()))
for c in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans(1), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans("a", "b", 1), lambda: "a".translate({97: 1.5}),
          lambda: "a".translate({97: 0x110000}), lambda: str.maketrans()]:
    try:
        print(c())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-32-be", "latin-1", "ascii", "cp1252"]:
    try:
        b = "héllo €".encode(enc)
        print(enc, b, b.decode(enc))
    except UnicodeEncodeError as e:
        print(enc, type(e).__name__, e)
print("héllo".encode("ascii", "replace"), "héllo".encode("ascii", "ignore"), "héllo".encode("ascii", "xmlcharrefreplace"), "héllo".encode("ascii", "backslashreplace"), "h€".encode("ascii", "namereplace"))
print(b"h\xe9llo".decode("utf-8", "replace"), b"h\xe9llo".decode("utf-8", "ignore"), b"h\xe9llo".decode("utf-8", "backslashreplace"), b"\xff".decode("utf-8", "surrogateescape") == "\udcff")
try:
    b"\xe9".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    "x".encode("bogus-codec")
except LookupError as e:
    print(type(e).__name__, e)
print("\ud800".encode("utf-8", "surrogatepass"), "é".encode(), "é".encode(encoding="utf-8", errors="strict"))
