# Seeded random calls of the bytes and bytearray methods.
state = 777
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n
alphabet = [b'a', b'b', b'A', b' ', b'\t', b'\n', b'\r', b'\x0b', b'\x1c', b'\x00', b'\xff', b'1', b'ab', b',', b'-']
def rbytes(maxlen):
    return b''.join(alphabet[rnd(len(alphabet))] for _ in range(rnd(maxlen + 1)))
def rint():
    return [None, -100, -3, -1, 0, 1, 2, 3, 5, 100][rnd(10)]
checksum = 0
for i in range(3000):
    T = (bytes, bytearray)[rnd(2)]
    s = T(rbytes(12))
    sub = rbytes(2)
    a, b = rint(), rint()
    m = rnd(12)
    try:
        if m == 0:
            r = (s.find(sub, a, b), s.rfind(sub, a, b), s.count(sub, a, b), s.find(sub[0] if sub else 97, a, b))
        elif m == 1:
            r = (s.startswith(sub, a, b), s.endswith(sub, a, b), sub in s)
        elif m == 2:
            r = (s.split(sub or None, b if b is not None else -1), s.rsplit(sub or None, b if b is not None else -1))
        elif m == 3:
            r = (s.split(), s.rsplit(None, 1), s.splitlines(), s.splitlines(True))
        elif m == 4:
            r = s.partition(sub or b'a') + s.rpartition(sub or b'a')
        elif m == 5:
            r = (s.replace(sub, b'XY', b if b is not None else -1), s.replace(sub, b''))
        elif m == 6:
            r = (s.strip(sub or None), s.lstrip(sub), s.rstrip(sub))
        elif m == 7:
            w = rnd(20)
            r = (s.center(w, b'*'), s.ljust(w), s.rjust(w, b'.'), s.zfill(w))
        elif m == 8:
            r = (s[a:b], s[a:b:2], s[::-1], s[b:a:-1], len(s), s.hex(':', rnd(5) + 1))
        elif m == 9:
            r = (s.upper(), s.lower(), s.title(), s.swapcase(), s.capitalize(), s.istitle(), s.isalnum(), s.isspace())
        elif m == 10:
            r = (s.expandtabs(rnd(6)), b'%s|%5b|%-4.2s|%c' % (s, sub, s, 65 + rnd(26)), s.translate(None, sub))
        else:
            x = bytearray(s)
            x[a:b] = sub
            y = bytearray(s)
            del y[a:b:2]
            z = bytearray(s)
            if z:
                z[rnd(len(z))] = rnd(256)
            r = (x, y, z, sorted([s, sub]), s < sub, s == sub)
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    line = repr((i, m, s, sub, a, b, r))
    if i % 50 == 0:
        print(line)
    for ch in line:
        checksum = (checksum * 31 + ord(ch)) % 1000000007
    if i % 500 == 499:
        print('checksum', i, checksum)
