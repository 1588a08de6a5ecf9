# Searches with needles of 100 units and more (pyts switches to a linear-time two-way search there):
# find/rfind/index/rindex/count/in/split/rsplit/partition/rpartition/replace on str and bytes,
# periodic and aperiodic needles, slice bounds, astral characters, and the adaptive-find inputs
# CPython's test suite uses (quadratic for a naive search).
import random

rng = random.Random(20261122)

def show(label, *values):
    print(label, *values)

def check_str(s, sub):
    show('find', s.find(sub), s.rfind(sub), s.count(sub), sub in s)
    for a, b in [(0, None), (3, None), (0, -3), (7, len(s) - 5), (-len(sub) - 10, None)]:
        show(' slice', a, b, s.find(sub, a, b), s.rfind(sub, a, b), s.count(sub, a, b))
    show(' split', [len(x) for x in s.split(sub)], [len(x) for x in s.rsplit(sub, 2)])
    p = s.partition(sub)
    q = s.rpartition(sub)
    show(' part', [len(x) for x in p], [len(x) for x in q])
    r = s.replace(sub, '<>')
    show(' repl', len(r), r.count('<>'), len(s.replace(sub, 'xy', 2)))
    try:
        show(' index', s.index(sub), s.rindex(sub))
    except ValueError as e:
        show(' index', e)

def check_bytes(s, sub):
    b = s.encode('latin-1')
    t = sub.encode('latin-1')
    show('bfind', b.find(t), b.rfind(t), b.count(t), t in b, bytearray(b).find(t))
    show(' bslice', b.find(t, 5, -5), b.rfind(t, 5, -5), b.count(t, 2))
    show(' bsplit', [len(x) for x in b.split(t)], [len(x) for x in b.rsplit(t, 1)])
    show(' brepl', len(b.replace(t, b'#')), [len(x) for x in b.partition(t)], [len(x) for x in b.rpartition(t)])

for trial in range(40):
    alphabet = rng.choice(['a', 'ab', 'abc', 'ba'])
    m = rng.randrange(100, 180)
    sub = ''.join(rng.choice(alphabet) * rng.randrange(1, 30) for _ in range(m))[:m]
    pieces = []
    while sum(map(len, pieces)) < 1500:
        if rng.random() < 0.3:
            pieces.append(sub[rng.randrange(len(sub)):])
        elif rng.random() < 0.2:
            pieces.append(sub)
        else:
            pieces.append(''.join(rng.choice(alphabet) for _ in range(rng.randrange(1, 50))))
    s = ''.join(pieces)
    print('trial', trial, len(s), len(sub))
    check_str(s, sub)
    check_bytes(s, sub)

# Periodic needles: ('ab' * k) in haystacks of near-copies.
for k in (50, 51, 120):
    sub = 'ab' * k
    s = ('ab' * (k - 1) + 'b') * 4 + sub + 'a' + sub
    check_str(s, sub)
    check_bytes(s, sub)

# Astral characters around and inside long needles (indexes count code points).
sub = '\U0001f600' * 60 + 'x' * 60
s = 'y' * 10 + '\U0001f600' * 130 + 'x' * 70 + sub + 'z'
check_str(s, sub)
check_str(s * 3, sub)

# test_adaptive_find's inputs, and test_find_with_memory's.
for N in (1000, 10_000, 100_000):
    A, B = 'a' * N, 'b' * N
    haystack = A + A + B + A + A
    needle = A + B + B + A
    print(N, haystack.find(needle), haystack.count(needle), (haystack + needle).find(needle),
          (haystack + needle).count(needle), (needle + haystack).rfind(needle), needle in haystack,
          len(haystack.split(needle)), len((haystack + needle).replace(needle, '')))
    hb, nb = haystack.encode(), needle.encode()
    print(N, hb.find(nb), hb.count(nb), (hb + nb).find(nb), (nb + hb).rfind(nb), nb in hb)
for N in (1000, 3000, 10_000, 30_000):
    needle = 'ab' * N
    haystack = ('ab' * (N - 1) + 'b') * 2
    print(N, haystack.find(needle), haystack.count(needle), (haystack + needle).find(needle),
          (haystack + needle).count(needle), (needle + haystack).rfind(needle))
