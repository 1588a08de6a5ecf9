# bytes() and bytearray() construction, repr, indexing, slicing, comparisons
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(b"copy"), bytes("é", "utf-8"), bytes(range(5)), bytes(bytearray(b"ba")), bytes(memoryview(b"mv")))
print(bytearray(), bytearray(2), bytearray(b"abc"), bytearray("ü", "latin-1"), bytearray([1, 2]), bytearray(iter([120, 121])))
print(repr(bytes(range(0, 256, 17))), repr(b"\t\n\r\\'\""), repr(b"'"), repr(b'"'), repr(b"'\""))
b = b"python"
print(b[0], b[-1], b[1:3], b[::-1], b[::2], type(b[0]).__name__, type(b[0:1]).__name__, b"yth" in b, 121 in b, b"" in b)
print(b < b"pz", b == bytearray(b"python"), b"a" * 3, 2 * b"xy", b + b"!", b"abc" < b"abd", b"" < b"\x00", b == "python")
class WithBytes:
    def __bytes__(self):
        return b"custom bytes"
class Idx:
    def __index__(self):
        return 2
print(bytes(WithBytes()), bytes(Idx()), bytearray(Idx()))
for c in [lambda: bytes("str"), lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes(-1), lambda: bytes(1.5), lambda: bytes("a", "bogus"), lambda: bytes([1], "utf-8"),
          lambda: bytes(["a"]), lambda: b"a"[5], lambda: bytes(b"x", errors="strict"), lambda: bytearray("x")]:
    try:
        print(c())
    except (TypeError, ValueError, IndexError, LookupError) as e:
        print(type(e).__name__, e)
print(hash(b"abc") == hash(b"abc"), len(bytes(10)), bytes.__len__(b"ab"), list(b"hi"), tuple(bytearray(b"hi")), sorted(b"cab"))
print(b"abc".__getitem__(1), bytes.fromhex("41 42"), bytes.maketrans(b"a", b"b")[97])
