# remaining str methods: count/encode/format_map/index variants, isdecimal vs isdigit, str.join with generators, splitlines separators
s = "Hello, World"
print(s.index("o"), s.index("o", 5), s.rindex("o"), s.rindex("l", 0, 5), s.count("l", 3, 10))
print("a-b_c d".replace("-", " ").replace("_", " ").split(), "x".join(str(i) for i in range(4)), "".join(reversed("stressed")))
print("{a}{b}".format_map({"a": 1, "b": 2}), "Ⅷ".isnumeric(), "Ⅷ".isdigit(), "Ⅷ".isdecimal(), "²".isdigit(), "²".isdecimal(), "٣".isdecimal())
print("\u2029".join(["p1", "p2"]).splitlines(), "a\x85b\x1dc\x1ed".splitlines(), "a\fb\vc".splitlines())
print("tab\tsep".expandtabs(2), "  x ".center(8, "-"), "abc".rjust(6, "0"), "-3".rjust(4, "0"), "-3".zfill(4))
print("Ǆ".lower(), "ǆ".upper(), "ǆ".title(), "ﬃ".upper(), "ΣΑΣ".lower(), "İ".lower().encode("unicode_escape"))
print("straße".casefold() == "STRASSE".casefold(), "ﬁ".casefold(), "ǰ".upper(), len("ǰ".upper()))
print(str.isidentifier("if"), "𝔘𝔫𝔦𝔠𝔬𝔡𝔢".isidentifier(), "a" * 3 + "b", "%(x)s %(x)r" % {"x": "v"})
print("a,b,,c".split(",", -1), "a b  c".split(" ", 1), "  a  b  ".rsplit(None, 1), "abcabc".rfind("b", 0, 3), "xyz".find(""), "xyz".rfind(""))
print(repr("".join([])), repr(" ".join(["", ""])), "ab".startswith(("x", "a"), 0, 1), "ab".endswith("b", -1))
