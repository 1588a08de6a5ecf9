# split/rsplit/splitlines/partition edge cases with maxsplit, whitespace runs, unicode whitespace and empty strings
cases = ["", " ", "a", " a ", "a  b", "\ta\nb\x0bc\x0cd\re\x1cf\u3000g", "a,b,,c,", ",a,"]
for s in cases:
    print(repr(s), s.split(), s.split(","), s.rsplit(None, 1), s.split(" ", 1), s.splitlines())
print("a b c d".split(maxsplit=2), "a b c d".rsplit(maxsplit=2), "a b".split(maxsplit=0), "  a b".split(maxsplit=0), "a,b".split(",", maxsplit=0))
print("one\r\ntwo\n\rthree".splitlines(True), "x\n".splitlines(), "\n".splitlines(), "".splitlines(), "a\u2028b\x85c".splitlines())
print("a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"), "==".partition("="))
