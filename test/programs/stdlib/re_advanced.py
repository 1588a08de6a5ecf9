# re: verbose patterns, backreferences, conditional groups, lookbehind, sub with function and groups, fullmatch/scanner-like loops
import re
phone = re.compile(r"""
    (?P<area>\(\d{3}\)|\d{3})   # area code
    [\s.-]?
    (?P<exchange>\d{3})
    [\s.-]
    (?P<line>\d{4})
""", re.VERBOSE)
for s in ["(555) 123-4567", "555.123.4567", "5551234567", "555-123-4567"]:
    m = phone.search(s)
    print(s, "->", m.groupdict() if m else None)
print(re.findall(r"\b(\w+)\s+\1\b", "this is is a test test of the the regex"), re.sub(r"(\w+) \1", r"\1", "hello hello world world"))
print(re.findall(r"(?<!\d)\d{2}(?!\d)", "1 22 333 44 5"), re.findall(r"(?<=@)\w+", "a@b c@dd"), re.match(r"(a)?(?(1)b|c)", "c").group())
tokens = re.compile(r"\s*(?:(?P<num>\d+)|(?P<op>[+*/()-])|(?P<err>\S))")
print([(m.lastgroup, m.group(m.lastgroup)) for m in tokens.finditer("12 + (3*4) - x")])
print(re.sub(r"\d+", lambda m: f"<{int(m.group()) + 1}>", "a1b22c333"), re.sub(r"(?P<w>\w+)", r"[\g<w>]", "ab cd", count=1))
print(re.split(r"\b", "hi there"), re.findall(r"[^aeiou\s]+", "programming is fun"), re.search(r"\d+$", "abc123").group())
print(re.fullmatch(r"[a-z]+\d*", "abc123") is not None, re.fullmatch(r"[a-z]+", "abc123"), re.match(r"(?i:HELLO) world", "hello world") is not None)
m = re.match(r"(\w+)@(\w+)\.com", "user@example.com")
print(m.expand(r"\2 at \1"), m[0], m[1], m.lastindex, m.re.pattern, m.string, m.pos, m.endpos)
print(re.purge() is None, re.compile("a") is re.compile("a") or "not cached identical", re.compile(r"x", re.I | re.M).flags & (re.I | re.M) == (re.I | re.M))
