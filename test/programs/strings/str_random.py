# Seeded random calls of the searching, splitting and padding methods on strings mixing ASCII,
# Latin-1, BMP, astral characters, whitespace of every kind and lone low surrogates (a lone high one
# followed by a lone low one would be the astral character in pyts: docs/internals/strings.md).
state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n
alphabet = ['a', 'b', 'c', ' ', '\t', '\n', '\r', '\x1c', '\x85', '\u2028', '\u3000', 'é', 'ß', '€', '\U0001f600', '\U0001d400', chr(0xdc00), chr(0xdfff), 'ab', 'ba', ',']
def rstr(maxlen):
    return ''.join(alphabet[rnd(len(alphabet))] for _ in range(rnd(maxlen + 1)))
def rint():
    return [None, -100, -3, -1, 0, 1, 2, 3, 5, 100][rnd(10)]
checksum = 0
for i in range(3000):
    s = rstr(12)
    sub = rstr(2)
    a, b = rint(), rint()
    m = rnd(14)
    try:
        if m == 0:
            r = (s.find(sub, a, b), s.rfind(sub, a, b), s.count(sub, a, b))
        elif m == 1:
            r = (s.startswith(sub, a, b), s.endswith(sub, a, b), sub in s)
        elif m == 2:
            r = (s.split(sub or None, b if b is not None else -1), s.rsplit(sub or None, b if b is not None else -1))
        elif m == 3:
            r = (s.split(), s.rsplit(None, 1), s.splitlines(), s.splitlines(True))
        elif m == 4:
            r = s.partition(sub or 'a') + s.rpartition(sub or 'a')
        elif m == 5:
            r = (s.replace(sub, 'XY', b if b is not None else -1), s.replace(sub, ''))
        elif m == 6:
            r = (s.strip(sub or None), s.lstrip(sub), s.rstrip(sub))
        elif m == 7:
            w = rnd(20)
            r = (s.center(w, '*'), s.ljust(w, '\U0001f600'), s.rjust(w), s.zfill(w))
        elif m == 8:
            r = (s[a:b], s[a:b:2], s[::-1], s[b:a:-1], len(s))
        elif m == 9:
            r = (s.upper(), s.lower(), s.title(), s.swapcase(), s.casefold(), s.capitalize())
        elif m == 10:
            r = (s.expandtabs(rnd(6)), s.index(sub) if sub in s else -9, s.rindex(sub) if sub in s else -9)
        elif m == 11:
            r = ('%s|%5s|%-4.2s' % (s, sub, s), '{!r:>6}{:^7}'.format(sub, s))
        elif m == 12:
            r = (s.encode('utf-8', 'surrogatepass'), s.encode('utf-16-le', 'surrogatepass'), s.encode('ascii', 'backslashreplace'))
        else:
            r = (sorted([s, sub]), s < sub, s == sub, list(s)[:3], s.removeprefix(sub), s.removesuffix(sub))
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    line = ascii((i, m, s, sub, a, b, r))
    if i % 50 == 0:
        print(line)
    for ch in line:
        checksum = (checksum * 31 + ord(ch)) % 1000000007
    if i % 500 == 499:
        print('checksum', i, checksum)
