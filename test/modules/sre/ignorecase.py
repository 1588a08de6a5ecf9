# Case-insensitive matching with Unicode case tables: every cased character against its case
# variants, as a literal, in a set, in a range and as a back reference; and the ASCII/locale modes.
import sys
variants_checked = 0
lines = []
for c in range(sys.maxunicode + 1):
    ch = chr(c)
    if not _sre.unicode_iscased(c) and c not in (0x130, 0x131, 0x3c2, 0x1e9e, 0x212a, 0x212b, 0x17f):
        continue
    cands = {ch.lower(), ch.upper(), ch.title(), ch.casefold(), ch.swapcase(), chr(_sre.unicode_tolower(c))}
    cands = sorted(x for x in cands if len(x) == 1 and x != ch)
    pat = re.escape(ch)
    lit = re.compile(pat, re.I)
    cls = re.compile('[' + pat + ']', re.I)
    neg = re.compile('[^' + pat + ']', re.I)
    res = []
    for x in cands:
        res.append('%d%d%d' % (lit.fullmatch(x) is not None, cls.fullmatch(x) is not None, neg.fullmatch(x) is not None))
    lines.append('%04x %s %s' % (c, ' '.join('%04x' % ord(x) for x in cands), ' '.join(res)))
print(len(lines))
for l in lines:
    print(l)
# ranges, back references, ASCII and locale modes
for pat, s in [('[a-z]+', 'ABCxyzſK'), ('[A-Z]+', 'abcſKıi'), ('[k-k]', 'KkK'), ('[s-s]+', 'sSſ'), ('[ǅ]+', 'ǄǅǆDž'),
               ('[ä-ö]+', 'ÄÖäöÜ'), ('[α-ω]+', 'ΣσςΑΩ'), ('[Ａ-Ｚ]+', 'ａｚＡ'), ('[\U00010400-\U0001044f]+', '𐐀𐐨'),
               ('(.)\\1', 'aA'), ('(.)\\1', 'ſS'), ('(.)\\1', 'ßẞ'), ('(.)\\1', 'Kk'), ('(.)\\1', 'İi'), ('(.)\\1', 'ǅǆ'),
               ('(?a)[a-z]+', 'ABCſK'), ('(?a)k', 'K'), ('(?a)s', 'ſ'), ('(?a)(.)\\1', 'Kk'), ('(?a)(.)\\1', 'aA'),
               ('[^a-z]+', 'ABC'), ('[\\w]+', 'ABC'), ('i', 'İı'), ('ı', 'iI'), ('(?i)[^ſ]', 's'), ('ff', 'ﬀ'),
               ('[\u0100-\u017f]+', 'ĀāŸÿ'), ('[\u00b5]', 'Μμ'), ('ϐ', 'βΒ'), ('ϑ', 'θΘϴ'), ('ẞ', 'ß'), ('ß', 'ẞ')]:
    check('re.findall(%r, %r, re.I)' % (pat, s))
for pat, s in [(b'[a-z]+', b'ABC\xc0\xe0'), (b'(.)\\1', b'aA'), (b'\xe0', b'\xc0'), (b'[\xe0-\xe9]', b'\xc0'),
               (b'(?L)\xe0', b'\xc0'), (b'(?L)[a-z]+', b'ABCabc'), (b'(?L)(.)\\1', b'Bb'), (b'(?L)[^a]', b'A')]:
    check('re.findall(%r, %r, re.I)' % (pat, s))
