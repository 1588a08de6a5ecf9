# Block boundaries: a compress() call whose input fills a block exactly hands out only the first
# output buffer (32 KiB); the rest comes with the next call, as with CPython over libbzip2.
import bz2, random
rng = random.Random(11)
data = bytearray(rng.randbytes(400000))
for i in range(3, len(data)):
    if data[i] == data[i-1] == data[i-2] == data[i-3]:
        data[i] ^= 0x5a
data = bytes(data)
for n in (99980, 99981, 99982, 99983, 99984):
    c = bz2.BZ2Compressor(1)
    a = c.compress(data[:n]); b = c.compress(data[n:n+10]); f = c.flush()
    print(n, len(a), len(b), len(f))
c = bz2.BZ2Compressor(1)
print([len(c.compress(data[i:i+99982])) for i in range(0, 400000, 99982)], len(c.flush()))
d = bz2.BZ2Decompressor()
whole = bz2.compress(data, 1)
# feed exactly up to block boundaries found by searching for the block magic is hard; feed in 1000-byte steps with max_length
outs = []
for i in range(0, len(whole), 1000):
    outs.append(len(d.decompress(whole[i:i+1000], 50000)))
print(sum(outs), outs[:5], outs[-5:], d.eof, d.needs_input)
