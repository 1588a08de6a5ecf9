# strip family, padding, zfill, expandtabs, prefix/suffix removal, center
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")), repr("abcba".strip("ab")), repr("hello".strip("")), repr("\u3000x\u3000".strip()))
print(repr("5".zfill(3)), repr("-5".zfill(4)), repr("+5".zfill(4)), repr("abc".zfill(2)), repr("".zfill(3)), repr("--5".zfill(5)))
print(repr("ab".center(6)), repr("ab".center(7, "*")), repr("abc".center(6, "-")), repr("ab".ljust(5, ".")), repr("ab".rjust(5, ".")), repr("abc".ljust(1)))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(0)), repr("ab\n\tc".expandtabs(3)), repr("a\r\tb".expandtabs(4)))
print("prefix_body".removeprefix("prefix_"), "body_suffix".removesuffix("_suffix"), "x".removeprefix("y"), "".removesuffix(""))
for c in [lambda: "a".center(5, "ab"), lambda: "a".ljust(5, ""), lambda: "a".strip(1), lambda: "a".zfill("3"), lambda: "a".expandtabs("4"), lambda: "a".center(), lambda: "a".removeprefix(1)]:
    try:
        print(c())
    except TypeError as e:
        print(type(e).__name__, e)
print("%s|" % "ab".center(5), "é".center(3, "·"), "😀".rjust(3, "_"))
