# str patterns x str subjects: every Pattern method (see probe() in driver.py).
SUBJECTS = ['', 'a', 'ab', 'aaa', 'abcabc', 'aab ab abab', 'ab\nab\n', 'foo bar  baz_9', 'x1 22 333 -4.5e6',
            'The quick brown fox.', 'AbC aBc ABC', 'ÀÉîõü straße ΣΑΣ ς', '😀a😀b', 'a\ud800b\udc00',
            '(a(b)c)', 'aaaaaaaaaaab']

PATTERNS = [
    # literals and prefixes (INFO prefix, KMP overlap, literal-only patterns)
    '', 'a', 'ab', 'abc', 'aab', 'abab', 'aaab', 'b\n', 'ß', '😀', '\ud800', 'Σ', 'x1',
    # dots, anchors, boundaries
    '.', '..', 'a.c', '^a', 'a$', '^$', '$', '^', r'\Aa', r'b\Z', r'\b', r'\B', r'\bab\b', r'\Bb',
    r'^\w+$', r'.$', r'(?m)^a', r'(?m)b$', r'(?m)^$', r'(?s).', r'(?s)a.+', r'(?m)$',
    # classes, categories, sets
    r'\d', r'\D+', r'\s+', r'\S+', r'\w+', r'\W', r'[abc]', r'[^abc]+', r'[a-c]+', r'[^\W\d]+',
    r'[\d.e-]+', r'[-a]', r'[]a]', r'[\]]', r'[\s\S]', r'[.]', r'[À-ü]+', r'[α-ωΑ-Ω]+', r'[^\x00-\x7f]+',
    r'[\U0001F600-\U0001F64F]', r'[\ud800-\udfff]', r'[ßs]+', r'[a-z&&]', r'[\w&&\d]',
    # repeats
    'a*', 'a+', 'a?', 'a{2}', 'a{2,}', 'a{,2}', 'a{1,3}', 'a*?', 'a+?', 'a??', 'a{1,3}?', 'a*+', 'a++',
    'a?+', 'a{1,2}+', '(?:ab)*', '(?:ab)+?', '(?:ab){2}', '(?:a|b)*c', '(a|b)*', '(a|b)*?b', '(a*)*',
    '(a*)+', '(a?)+?', '(a|)+', '(?:a*)*b', '(ab|a)*b', '(a+)+b', r'(\w+)\s(\w+)', '(a)(b)?(c)?',
    '(?:(a)|b)+', '(?:(a)|(b))*', '((a)|(b))+', '(a*?)+c', '(?:a{0,2}){3}b', '(?:a|ab)(?:c|bcd)',
    '.*', '.+?', '.*b', '.*?b', '.*(b)', 'x*', '(?:)*',
    # possessive, atomic
    '(?:ab)*+', '(?:a|ab)++c', '(?>a+)b', '(?>a|ab)c', '(?>(a)|b)+', 'a*+a', '(?:a*+)*b',
    # alternation
    'a|b', 'ab|a', 'a|ab', 'b|', '|b', 'x|y|z', 'abc|abd|ab', '(a)|(b)', '(?P<x>a)|(?P<y>b)',
    # groups, backreferences, conditionals
    r'(a)\1', r'(a*)\1', r'(\w)\1', r'(?P<c>.)(?P=c)', r'(a)|\1', r'(a)?b(?(1)c|d)', r'(a)?(?(1)b)',
    r'(?P<q>")?\w+(?(q)")', r'((a)b)\2', r'(?:(a)|b)\1', r'(a)(?:b\1)*',
    # lookaround
    'a(?=b)', 'a(?!b)', '(?<=a)b', '(?<!a)b', '(?<=ab)c', '(?<!^)a', '(?=(a+))', r'(?=(\w))\w',
    '(?<=(a))b', '(?!a)', '(?=a)*', r'(?<=\b)\w', r'\w+(?=\s)', '(?<=a|b)c', '(?<=(?:a|b))c',
    # flags
    '(?i)abc', '(?i)ß', '(?i)σ', '(?i)[a-c]+', '(?i)[^a]', '(?i)Σ+', '(?a)\\w+', '(?a)\\d', '(?a)\\b',
    '(?a:\\w)\\w', '(?i:a)b', '(?x) a b # comment', '(?s:.)', '(?-i:a)', '(?i)(?-i:a)b',
    # many groups, nesting
    '((((((((((a))))))))))', '(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11', '(?P<first>\\w)(?P<rest>\\w*)',
]

for p in PATTERNS:
    probe(p, SUBJECTS)
