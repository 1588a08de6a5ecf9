# str operators, indexing with code points, comparison, iteration, multiplication
s = "héllo wörld 😀!"
print(len(s), s[0], s[1], s[-1], s[-2], s[6:11], s[::-1], s[::3], s[100:], s[-100:3])
print("ab" + "cd", "ab" * 3, 3 * "x", "" * 5, "a" < "b", "a" < "B", "abc" < "abd", "" < "a", "Z" < "a", "é" > "z", "😀" > "\uffff")
print("é" == "e\u0301", len("e\u0301"), sorted(["b", "A", "a", "B", "é", "_"]), max("hello"), min("héllo"))
print(list("a😀b"), [c for c in "xyz"], "".join(reversed("abc")), "ab" in "cabd", "" in "", "x" not in "abc")
try:
    s[20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = "H"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
print(str.__add__("a", "b"), str.__mul__("ab", 2), str.__rmul__("ab", 2), "abc".__getitem__(slice(1, None)), "abc".__len__(), "abc".__contains__("b"))
print(hash("abc") == hash("abc"), "abc".__eq__(1), "abc".__lt__(1))
x = "abc"
y = "".join(["a", "b", "c"])
print(x == y, x is x[:], x[:] == x, x[0:3] == x)
print("\N{SNOWMAN}", "\u2603", "\U00002603", "\x41", "\101", len("\N{GREEK SMALL LETTER ALPHA}"))
print(repr("a\0b"), "tab\there", r"raw\n", b"bytes".decode(), "multi" "part", """tri
ple""")
