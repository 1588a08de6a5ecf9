# str digit predicates vs what int()/float() accept: unicode digits, superscripts, fractions, whitespace and underscores
samples = ["123", "١٢٣", "१२३", "²", "½", "Ⅻ", "1_000", " 42 ", "+7", "-0", "0x1f", "1e3", "٣.٥", "𝟘𝟙"]
for s in samples:
    def attempt(f):
        try:
            return f(s)
        except ValueError:
            return "ValueError"
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), attempt(int), attempt(float))
