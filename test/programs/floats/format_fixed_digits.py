# %.Nf and format(v, ".Nf") of many doubles (ties, near-ties, huge, tiny, random bit patterns):
# the digits decided by one multiplication where it is safe, else exactly; compared by digest.
import random, struct
rng = random.Random(11)
vals = []
for _ in range(4000):
    k = rng.randrange(6)
    if k == 0: v = rng.uniform(-1000, 1000)
    elif k == 1: v = rng.randrange(-10**6, 10**6) / 100 + rng.choice([0, 0.005, -0.005, 0.0049999999, 0.00500001])
    elif k == 2: v = struct.unpack('d', struct.pack('Q', rng.getrandbits(64)))[0]
    elif k == 3: v = rng.randrange(1, 10**9) * 0.5 ** rng.randrange(0, 40)
    elif k == 4: v = rng.uniform(0, 1e-5)
    else: v = rng.uniform(1e10, 1e16)
    vals.append(v)
vals += [0.125, 0.375, 2.5, 0.5, 1.5, -0.5, 1e15 + 0.5, 4503599627370495.5, 0.045, 1.005, 2.675, 1e-7, 123456789.98765]
out = []
for v in vals:
    for p in (0, 1, 2, 3, 6, 10, 15):
        out.append('%.*f' % (p, v))
        out.append(format(v, '.%df' % p))
import hashlib
print(len(out), hashlib.sha256('\n'.join(out).encode()).hexdigest())
