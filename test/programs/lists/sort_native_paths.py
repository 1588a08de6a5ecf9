# Sorts whose comparisons nothing can observe (ints, floats without NaN, strs, tuples of ints),
# long enough for the native paths: results, stability with key functions, reverse, identities.
import random
import zlib

rng = random.Random(7)

def digest(xs):
    return zlib.crc32(repr(xs).encode())

# ints alone, negative and wide ones, duplicates
a = [rng.randrange(-50, 50) for _ in range(500)]
print(sorted(a)[:12], sorted(a, reverse=True)[:12], digest(sorted(a)))
w = [rng.randrange(-2**52, 2**52) for _ in range(300)]
print(digest(sorted(w)), sorted(w)[0] == min(w), sorted(w)[-1] == max(w))
# a bigint among them: the general machinery
w2 = w + [2**70, -2**70]
print(digest(sorted(w2)), sorted(w2)[:1], sorted(w2)[-1:])

# stability: records keyed by a small int, then by a wide int
recs = [(i, rng.randrange(10)) for i in range(400)]
s = sorted(recs, key=lambda r: r[1])
print(s[:15])
print(all(s[i][0] < s[i + 1][0] for i in range(len(s) - 1) if s[i][1] == s[i + 1][1]))
s = sorted(recs, key=lambda r: r[1], reverse=True)
print(s[:15])
wide = [(i, rng.choice([-2**60, 0, 2**40, 7, -3])) for i in range(200)]
print(sorted(wide, key=lambda r: r[1])[:10], sorted(wide, key=lambda r: r[1], reverse=True)[:10])

# tuple keys of ints: packed (one width) and mixed widths
t = [(rng.randrange(5), rng.randrange(-3, 3)) for _ in range(300)]
print(sorted(t)[:10], sorted(t, reverse=True)[:10], digest(sorted(t)))
tk = sorted(range(300), key=lambda i: (t[i][0], -t[i][1]))
print(tk[:20])
mixed = [tuple(rng.randrange(3) for _ in range(rng.randrange(1, 4))) for _ in range(200)]
print(sorted(mixed)[:12], sorted(mixed, reverse=True)[:12])
huge = [(rng.randrange(2**40), rng.randrange(2**40)) for _ in range(100)]
print(digest(sorted(huge)))
three = [(rng.randrange(4), rng.randrange(4), rng.randrange(4), rng.randrange(4), i) for i in range(100)]
print(sorted(three, key=lambda x: x[:4])[:8])

# floats: identity of equal boxes, -0.0 and 0.0, infinities
zs = [0.0, -0.0] * 20 + [float('inf'), -float('inf'), 1.5, -2.5] * 10
srt = sorted(zs)
print(srt[:6], srt[-6:], [repr(x) for x in srt[10:50:3]])
boxes = [float(i % 7) for i in range(100)]
ids = [id(b) for b in boxes]
order = sorted(range(100), key=lambda i: boxes[i])
sb = sorted(boxes)
print(order[:20], all(id(sb[k]) == ids[order[k]] for k in range(100)))
print(sorted([3.0, float('nan')] * 20)[:6])

# strs alone and as keys
words = [''.join(rng.choice('abcXYZ') for _ in range(rng.randrange(0, 4))) for _ in range(300)]
print(sorted(words)[:15], sorted(words, reverse=True)[:5], digest(sorted(words)))
print(sorted(range(300), key=lambda i: words[i])[:20])
astral = ['\U0001f600', '\uffff', 'a', '\ue000'] * 10
print(sorted(astral)[::10])

# list.sort in place, and a subclass's items
l = [rng.randrange(100) for _ in range(100)]
l.sort(key=lambda x: -x)
print(l[:10])
class I(int):
    pass
print(sorted([I(3), 2, I(1)] * 20)[:5])
