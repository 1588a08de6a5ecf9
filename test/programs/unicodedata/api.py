# The unicodedata module: every function, its argument checks and errors, and ucd_3_2_0.
import unicodedata as ud


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


print(ud.unidata_version, ud.ucd_3_2_0.unidata_version, type(ud.ucd_3_2_0).__name__, ud.UCD)
for ch in ["A", "a", "1", "\u0665", "\u00bd", "\u2163", " ", "\u00e9", "\u0301", "\u4e00", "\uac00",
           "\U0001f40d", "\u00a0", "\ufb01", "\u200f", "\U000e0001", "\u0378", "\U00017000", "(", "\x00"]:
    print(repr(ch), ud.category(ch), repr(ud.bidirectional(ch)), ud.combining(ch), ud.mirrored(ch),
          ud.east_asian_width(ch), repr(ud.decomposition(ch)), ud.decimal(ch, None), ud.digit(ch, None),
          ud.numeric(ch, None), ud.name(ch, None))
    print("   3.2:", ud.ucd_3_2_0.category(ch), ud.ucd_3_2_0.name(ch, None), ud.ucd_3_2_0.east_asian_width(ch))

for name in ["LATIN SMALL LETTER A", "latin small letter a", "SNAKE", "HANGUL SYLLABLE GAG",
             "CJK UNIFIED IDEOGRAPH-4E00", "KEYCAP NUMBER SIGN", "LATIN CAPITAL LETTER GHA", "NO SUCH NAME",
             "x" * 300, b"LATIN SMALL LETTER B"]:
    attempt(f"lookup {str(name)[:30]}", lambda: ud.lookup(name))
attempt("3.2 lookup new", lambda: ud.ucd_3_2_0.lookup("SNAKE"))
attempt("3.2 lookup seq", lambda: ud.ucd_3_2_0.lookup("KEYCAP NUMBER SIGN"))
attempt("lookup int", lambda: ud.lookup(5))

for f in ["NFC", "NFD", "NFKC", "NFKD"]:
    for s in ["\u00e9", "e\u0301", "\ufb01", "\u1e9b\u0323", "", "abc", "\uac00", "\u2163"]:
        print(f, repr(s), repr(ud.normalize(f, s)), ud.is_normalized(f, s), ud.ucd_3_2_0.normalize(f, s) == ud.normalize(f, s))
attempt("bad form", lambda: ud.normalize("NFX", "a"))
attempt("bad form empty", lambda: ud.normalize("NFX", ""))
attempt("bad form is_normalized", lambda: ud.is_normalized("NFX", ""))
attempt("form int", lambda: ud.normalize(1, "a"))
attempt("unistr int", lambda: ud.normalize("NFC", 1))

for fn in ["decimal", "digit", "numeric", "name", "category", "bidirectional", "combining", "mirrored",
           "east_asian_width", "decomposition"]:
    f = getattr(ud, fn)
    attempt(fn + " long", lambda: f("ab"))
    attempt(fn + " empty", lambda: f(""))
    attempt(fn + " int", lambda: f(65))
for fn in ["decimal", "digit", "numeric", "name"]:
    attempt(fn + " none", lambda: getattr(ud, fn)("\u0378"))
attempt("numeric default", lambda: ud.numeric("x", "dflt"))
attempt("no args", lambda: ud.category())
attempt("UCD()", lambda: ud.UCD())
attempt("set version", lambda: setattr(ud.ucd_3_2_0, "unidata_version", "1"))
print(ud.name.__text_signature__, ud.ucd_3_2_0.name.__self__ is ud.ucd_3_2_0)
print(sorted(n for n in dir(ud) if not n.startswith("__")))
