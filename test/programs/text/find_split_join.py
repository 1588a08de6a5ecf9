# searching, splitting and joining
s = "the cat sat on the mat"
print(s.find("at"), s.find("at", 6), s.find("at", 6, 8), s.rfind("at"), s.find("dog"), s.index("on"), s.rindex("the"), s.count("at"), s.count("at", 10), s.count(""))
print(s.startswith("the"), s.startswith(("a", "t")), s.endswith("mat"), s.endswith("at", 0, 7), s.startswith("cat", 4), "".startswith(""), "abc".endswith(""))
print(s.split(), s.split(" ", 2), s.rsplit(" ", 2), s.split("at"), "a,b,,c".split(","), "  lead  trail  ".split(), "a\tb\nc  d".split(), "".split(), "".split(","))
print("1 2 3".split(maxsplit=1), "1 2 3".rsplit(maxsplit=1), "a--b--c".split("--", 1), "x".split("x"), "aaa".split("a"))
print("line1\nline2\r\nline3\rline4".splitlines(), "a\n\nb\n".splitlines(), "a\nb\n".splitlines(keepends=True), "x\x0by\x1cz\u2028w".splitlines())
print(s.partition("sat"), s.partition("dog"), s.rpartition("the"), s.rpartition("dog"), "a=b=c".partition("="))
print("-".join(["a", "b", "c"]), "".join("xyz"), ", ".join(str(i) for i in range(3)), "".join([]), " ".join(("solo",)))
for c in [lambda: s.index("dog"), lambda: s.rindex("dog"), lambda: "a".split(""), lambda: "a".partition(""), lambda: ",".join([1, 2]), lambda: ",".join(5),
          lambda: "a".startswith(1), lambda: "a".startswith(("a", 1)), lambda: "a".find(1), lambda: "a".split(1), lambda: "a".count(), lambda: "a".rsplit(" ", "x"), lambda: "a".splitlines(1, 2)]:
    try:
        print(c())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("abcabc".find("c", -2), "abc".find("", 10), "abc".find("", 3), "abc"[3:].find(""), "abc".rfind(""), "abc".count("", 1), "aaaa".count("aa"))
print("mississippi".replace("ss", "SS"), "mississippi".replace("s", "", 2), "abc".replace("", "-"), "abc".replace("", "-", 2), "aaa".replace("a", "b", 0), "x".replace("x", "y", count=-1))
print("a b".split(None), "a b".split(sep=None, maxsplit=0), " a b ".split(" "), "a b c".rsplit(None, 1))
