# Case mappings and character-class predicates, ASCII and beyond.
samples = ['', 'a', 'A', 'abc', 'ABC', 'Abc', 'aBC', 'hello world', 'Hello World', 'HELLO world', "they're bill's friends",
           '123', '1a2b', 'a1b2', 'ǅungla', 'ǆ', 'ǈ', 'ß', 'ﬁ', 'ŉ', 'İstanbul', 'ΣΑΣ', 'ΟΔΟΣ ΟΔΟΣ', 'σς', 'ΑΣ.', 'Σ',
           'ϐ', 'ǰ', 'ᾳ', 'ᾼ', 'ǲ', 'Ⅷ', 'ⅷ', '\U00010400', '\U00010428x', 'a\u0301b', '\u1e9e', 'ǅ ǆ Ǆ', 'Straße',
           'hello\tworld\nfoo', "o'neil mc-donald", 'xx\U0001d400yy', 'ΐ', 'ﬃ', 'Ǳ', ' ', '\u0345', 'Ω\u0345']
for s in samples:
    print(repr(s), repr(s.lower()), repr(s.upper()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()))
for s in samples + ['\t', ' \n', '\x1c', '\u2028', '½', '²', '٣', '一', 'x_1', '_', '1x', 'αβγ', 'a b', '\x00', '\u200b', '\U0001f600', '\U0001d7d8', 'Ⅻ', '𝟘']:
    print(repr(s), [s.isalnum(), s.isalpha(), s.isascii(), s.isdecimal(), s.isdigit(), s.isidentifier(), s.islower(),
                     s.isnumeric(), s.isprintable(), s.isspace(), s.istitle(), s.isupper()])
def show(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
    else:
        print(expr, '->', repr(r))
show("'a'.lower(1)")
show("'a'.isalpha(None)")
show("'a'.upper(x=1)")
show("str.lower(1)")
show("str.lower()")
show("str.lower('ABC')")
