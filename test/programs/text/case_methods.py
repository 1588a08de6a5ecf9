# str case methods, including non-ASCII special casing
samples = ["hello World", "ÉCOLE", "straße", "ǅungla", "ﬁsh", "İstanbul", "ΣΊΣΥΦΟΣ", "hello_world-foo bar", "123abc", "", "ß", "ŉ", "Ǆ", "ﬀ"]
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.casefold()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()))
print("they're bill's friends".title(), "o'NEIL".capitalize(), "ΌΣΟΣ σ".lower(), "ΑΣ.".lower(), "aΣ b".lower())
print("abc".isupper(), "ABC".isupper(), "Abc".istitle(), "ABC DEF".istitle(), "abc".islower(), "a1".islower(), "1".isupper(), "ǅ".istitle())
for c in [lambda: "a".upper(1), lambda: str.lower(1), lambda: "a".title(None)]:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
