# operators on str, bytes, list, tuple: +, *, %, in, comparison; errors mixing types
print("ab" + "cd", b"ab" + b"cd", bytearray(b"x") + b"y", [1] + [2], (1,) + (2,), "x" * 3, b"x" * 3, [0] * 3, (0,) * 3)
print("%s-%d" % ("a", 1), b"%s-%d" % (b"a", 1), "%%", "a" in "cat", b"a" in b"cat", 97 in b"cat", [1] in [[1]], "" in "x")
print("abc" < "abd", b"abc" < b"abd", [1, 2] < [1, 3], (1, 2) < (1, 3), "a" * -1, [1] * 0)
for bad in [lambda: "a" + b"b", lambda: b"a" + "b", lambda: [1] + (2,), lambda: (1,) + [2], lambda: "a" * 1.0, lambda: "a" < b"a", lambda: b"a" in "abc", lambda: "a" % 1 % 2, lambda: "a" - "b", lambda: "%d" % [1]]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
s = "x"
s += "y"
s *= 2
b = bytearray(b"q")
b += b"r"
b *= 2
print(s, b, "-".join(["a"] * 3), "abc"[::-1] * 2)
