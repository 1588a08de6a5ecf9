# chr() and ord()
print(chr(65), chr(0x263A), chr(0x1F600), repr(chr(0)), repr(chr(0x10FFFF)), chr(True))
print(ord("A"), ord("é"), ord("\U0001F600"), ord(b"a"), ord(bytearray(b"z")), ord("\x00"))
print([chr(i) for i in range(ord("a"), ord("f"))], "".join(map(chr, [72, 105])))
class I:
    def __index__(self):
        return 97
print(chr(I()))
for c in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a"), lambda: chr(1.5), lambda: chr(), lambda: chr(2 ** 64),
          lambda: ord(""), lambda: ord("ab"), lambda: ord(b""), lambda: ord(1), lambda: ord(), lambda: ord(b"ab"), lambda: ord([])]:
    try:
        print(c())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(ord(chr(0xD800)) == 0xD800, len(chr(0x1F600)), chr(0x1F600).encode("utf-8"))
