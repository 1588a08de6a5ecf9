# how print/str/repr render nested containers of mixed objects, including custom reprs and recursion markers
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "str-P"
data = [1, "two", 3.0, None, True, P(), (4,), {5: "five"}, {6}, frozenset(), b"7", bytearray(b"8"), range(9), 10j, ..., [[]]]
print(data)
print(str(data) == repr(data), P(), [P()], (P(),), {P(): P()} if False else {"k": P()}, {P()} if False else "set skipped")
d = {"list": [1, {"nested": (2, [3])}], "tuple": (), "single": (1,), "empty": {}, "str": "it's \"quoted\""}
print(d)
r = [1, 2]
r.append(r)
dd = {"self": None}
dd["self"] = dd
print(r, dd, [r, dd])
print(repr("tab\tnew\nline"), str("tab\tnew"), repr(b"\x00\x7f\x80"), repr(1e-5), repr(100000000000000000000.0), repr(-0.0))
