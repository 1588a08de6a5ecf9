# format specs for str and other objects
s = "héllo"
for spec in ["", "s", "10", "<10", ">10", "^10", "*^11", ".2", "10.3", "-^9.4", "\u2605>8"]:
    print(repr(spec), repr(format(s, spec)))
for bad in ["d", "+", "=10", "#", ",", "010", "z"]:
    try:
        print(repr(bad), format(s, bad))
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
print(format(None, ""), format([1, 2], ""), format((1,), ""), format({"a"}, "") if False else "skip")
try:
    format([1, 2], ">10")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(None, "x")
except TypeError as e:
    print(type(e).__name__, e)
print("{:>8}|{:<8}|{:^8}".format("a", "b", "c"))
print("{0}{1}{0}".format("x", "y"), "{}-{}".format(1, 2), "{name}:{0}".format(5, name="n"))
print("{0[1]} {0[key]} {1.real}".format({1: "one", "key": "kv"}, 3 + 0j))
print("{!r} {!s} {!a}".format("q", "q", "ü"))
print("{:{}{}}".format(3.14159, ".", 3), "{0:{fill}>{w}}".format(7, fill="0", w=4))
print("{{}} {{{}}}".format(5))
print(format("", "^3") + "|", format("ab", "x<1"))
for tmpl in ["{", "}", "{0!x}", "{:>{}}", "{a.}", "{0[}", "{!}", "{0:{1:{2}}}"]:
    try:
        print(repr(tmpl), repr(tmpl.format("v", 2, 3)))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(repr(tmpl), type(e).__name__, e)
print("{0:<{1}}|".format("x", 5), "%s|%5s|%-5s|%.1s" % ("a", "b", "c", "dd"))
print("{}".format(type("T", (), {"__format__": lambda s, spec: "custom:" + spec})()))
print("{:%Y-%m-%d}".format(__import__("datetime").date(2024, 2, 29)))
