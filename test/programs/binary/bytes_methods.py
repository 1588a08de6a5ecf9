# bytes methods mirror str methods: a table of results
b = b"  Hello, World! hello  "
print(b.strip(), b.lstrip(), b.rstrip(), b.lower(), b.upper(), b.swapcase(), b.title(), b.strip().capitalize())
print(b.find(b"llo"), b.rfind(b"llo"), b.index(b"W"), b.count(b"l"), b.count(ord("l")), b.find(ord("H")), b.startswith(b"  H"), b.endswith((b"x", b"  ")))
print(b.split(), b.split(b","), b.rsplit(None, 1), b.partition(b","), b.rpartition(b"l"), b"a\nb\r\nc".splitlines(), b"a\nb".splitlines(True))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b"-".join([b"a", b"b", bytearray(b"c")]), b"ab".center(6, b"*"), b"ab".ljust(4, b"."), b"ab".rjust(4), b"7".zfill(3))
print(b"abc".isalpha(), b"ab1".isalnum(), b"12".isdigit(), b" ".isspace(), b"abc".islower(), b"ABC".isupper(), b"Ab Cd".istitle(), b"\x80".isascii(), b"".isalpha())
print(b"a\tb".expandtabs(4), b"prefix-x".removeprefix(b"prefix-"), b"x-suffix".removesuffix(b"-suffix"), b"hello".translate(None, b"l"), b"abc".translate(bytes.maketrans(b"abc", b"xyz")))
print(b"\x00\xff\x10".hex(), b"\x00\xff\x10".hex("-"), b"\x01\x02\x03\x04".hex(":", 2), bytes.fromhex("de ad be ef"), bytes.fromhex("00ff"))
print(b"abc".decode(), b"caf\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"), b"hi".decode(encoding="ascii", errors="strict"))
for c in [lambda: b"a".find("a"), lambda: b"a" + "a", lambda: b"abc".index(b"z"), lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("abc"), lambda: b"a".join(["b"]),
          lambda: b"a".split(b""), lambda: b"a".center(3, b"ab"), lambda: b"a".count(256), lambda: b"\xff".decode("ascii"), lambda: b"a".replace("a", "b"), lambda: b"x".startswith("x")]:
    try:
        print(c())
    except (TypeError, ValueError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
print(b"%s and %d and %x and %r" % (b"bytes", 5, 255, "repr"), b"%5s|%-5s|" % (b"a", b"b"), b"%c%c" % (65, b"B"), b"%b" % b"b-format", b"%a" % "é")
