# str classification methods over a table of characters
chars = ["a", "Z", "5", "٣", "½", "²", "Ⅻ", " ", "\t", "\n", "\x0b", "\x1c", "\u2028", "\xa0", "_", "-", "é", "日", "\U0001F600", "ǅ", "\u0300", "", "ab1", "a b", "\x00", "\x7f"]
methods = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isnumeric", "isspace", "isprintable", "isidentifier", "islower", "isupper", "istitle"]
print(" " * 8 + " ".join(m[2:6] for m in methods))
for c in chars:
    print(f"{ascii(c):>12}", " ".join(f"{str(getattr(c, m)())[0]:>4}" for m in methods))
print("class".isidentifier(), "_x1".isidentifier(), "1x".isidentifier(), "x-y".isidentifier(), "名前".isidentifier(), "a\u0300".isidentifier())
import keyword
print(keyword.iskeyword("class"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), keyword.issoftkeyword("type"), keyword.issoftkeyword("_"))
