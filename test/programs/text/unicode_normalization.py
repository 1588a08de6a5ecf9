# unicodedata: normalization forms, names, categories, combining characters, east asian width
import unicodedata as ud
s = "Café"
nfd = ud.normalize("NFD", s)
print(len(s), len(nfd), nfd == s, ud.normalize("NFC", nfd) == s, [hex(ord(c)) for c in nfd])
print(ud.normalize("NFKC", "ﬁ①²"), ud.normalize("NFKD", "Ⅻ"), ud.is_normalized("NFC", s), ud.is_normalized("NFD", s))
for ch in ["A", "é", "7", "٣", " ", "€", "中", "\u0301", "😀", "\n"]:
    print(repr(ch), ud.name(ch, "<no name>"), ud.category(ch), ud.bidirectional(ch), ud.combining(ch), ud.east_asian_width(ch), ud.decimal(ch, None), ud.numeric(ch, None))
print(ud.lookup("SNOWMAN"), ud.lookup("LATIN SMALL LETTER A WITH ACUTE"), ud.mirrored("("), ud.decomposition("é"), ud.unidata_version)
try:
    ud.lookup("NO SUCH CHARACTER NAME")
except KeyError as e:
    print(type(e).__name__, e)
try:
    ud.name("\x00")
except ValueError as e:
    print(type(e).__name__, e)
