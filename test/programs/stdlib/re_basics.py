# re: match/search/findall/sub/split, groups, flags, named groups
import re
text = "Contact: alice@example.com, bob.smith@test.org; phone 555-1234 and 555-9876."
print(re.findall(r"[\w.]+@[\w.]+", text), re.findall(r"(\d{3})-(\d{4})", text))
m = re.search(r"(?P<user>\w+)@(?P<domain>[\w.]+)", text)
print(m.group(), m.group(1), m.group("domain"), m.groups(), m.groupdict(), m.span(), m.start("user"), m.end(2))
print(re.match(r"\w+", text).group(), re.match(r"\d", text), re.fullmatch(r"\d{3}-\d{4}", "555-1234") is not None)
print(re.sub(r"\d", "#", "a1b22c333"), re.sub(r"(\w)(\d)", r"\2\1", "a1 b2"), re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "1 10 100"), re.subn("a", "A", "banana"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(\s)", "x y"), re.split(r"\d", "a1b2c", maxsplit=1))
print(re.findall(r"^\w", "one\ntwo\nthree", re.M), re.findall(r"a.c", "a\nc abc", re.S), re.findall(r"HELLO", "hello Hello", re.I))
print([m.group() for m in re.finditer(r"\b\w{4}\b", "this that those then")], re.escape("a.b*c?"), re.compile(r"x+").pattern)
p = re.compile(r"(?i)(?P<word>py\w*)")
print(p.findall("Python pyts PyPy java"), p.flags & re.I != 0, p.groupindex, p.groups)
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "John Smith"), re.findall(r"(?<=\$)\d+", "cost $15 and $300"), re.findall(r"\d+(?!px)", "12px 34em"))
for bad in [r"(", r"[a-", r"*a", r"(?P<1>x)", r"\k"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), "->", e.msg, e.pos)
print(re.match(r"(a)|(b)", "b").groups(), re.match(r"(a)?b", "b").group(1), re.match(r"(a*)*", "aaa").group(), re.findall(r"", "ab"))
print(re.sub("x*", "-", "abxd"), re.split("x*", "axbc"), bool(re.match(r"[^\W\d_]+$", "héllo")), re.findall(r"\w+", "naïve café 日本"))
