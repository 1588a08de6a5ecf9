# Compression and decompression objects: what each call returns, flush modes, copies, dictionaries,
# max_length with unconsumed_tail, unused_data, eof, and the _ZlibDecompressor that gzip uses.
import zlib

def lcg(n, seed, alphabet):
    out = bytearray()
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        out.append(alphabet[(x >> 16) % len(alphabet)])
    return bytes(out)

data = lcg(60000, 1, b'abcdefghij \n')
for level in (0, 1, 6, 9):
    for mode in (zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_BLOCK, zlib.Z_NO_FLUSH):
        co = zlib.compressobj(level)
        parts = [co.compress(b'hello ')]
        parts.append(co.flush(mode))
        parts.append(co.flush(mode))
        parts.append(co.compress(b'world ' * 20))
        parts.append(co.flush(mode))
        parts.append(co.compress(data[:30000]))
        parts.append(co.compress(data[30000:]))
        parts.append(co.flush(mode))
        parts.append(co.flush())
        whole = b''.join(parts)
        print(level, mode, [p.hex() if len(p) < 24 else len(p) for p in parts], zlib.crc32(whole),
              zlib.decompress(whole) == b'hello ' + b'world ' * 20 + data)

# Feeding small pieces gives the same stream as one call.
for level in (0, 6):
    co = zlib.compressobj(level)
    out = b''.join(co.compress(data[i:i + 777]) for i in range(0, len(data), 777)) + co.flush()
    print('pieces', level, out == zlib.compress(data, level), len(out))

co = zlib.compressobj(6)
head = co.compress(data[:1000])
c2 = co.copy()
a = head + co.compress(b'one') + co.flush()
b = head + c2.compress(b'two') + c2.flush()
print('copy', zlib.decompress(a)[-3:], zlib.decompress(b)[-3:], len(a), len(b))
import copy
c3 = copy.copy(zlib.compressobj())
c4 = copy.deepcopy(zlib.compressobj())
print(type(c3).__name__, type(c4).__name__)
for bad in (lambda: co.copy(), lambda: co.compress(b'x'), lambda: co.flush(), lambda: co.flush(zlib.Z_NO_FLUSH)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

# Dictionaries.
zd = b'the quick brown fox jumps over the lazy dog'
co = zlib.compressobj(zdict=zd)
c = co.compress(b'the lazy dog jumps over the quick brown fox') + co.flush()
print('zdict', c.hex())
do = zlib.decompressobj(zdict=zd)
print(do.decompress(c), do.eof)
try:
    zlib.decompress(c)
except zlib.error as e:
    print(e)
try:
    zlib.decompressobj().decompress(c)
except zlib.error as e:
    print(e)
try:
    zlib.decompressobj(zdict=b'wrong').decompress(c)
except zlib.error as e:
    print(e)
co = zlib.compressobj(wbits=-15, zdict=zd)
c = co.compress(b'the lazy dog') + co.flush()
print('raw zdict', c.hex(), zlib.decompressobj(-15, zdict=zd).decompress(c))
for kw in ({'wbits': 31, 'zdict': zd}, {'zdict': 'str'}, {'level': 10}, {'method': 9}, {'wbits': 16}, {'memLevel': 0}, {'strategy': 5}):
    try:
        zlib.compressobj(**kw)
        print(kw, 'ok')
    except Exception as e:
        print(kw, type(e).__name__, e)

# Decompression objects.
c = zlib.compress(data) + b'trailing garbage'
do = zlib.decompressobj()
out = []
chunk = c
while not do.eof:
    out.append(do.decompress(chunk, 5000))
    chunk = do.unconsumed_tail
    print(len(out[-1]), len(do.unconsumed_tail), do.eof, do.unused_data[:5])
print(b''.join(out) == data, do.unused_data, do.flush(), do.eof)
try:
    print(do.decompress(b'more'), do.unused_data)
except zlib.error as e:
    print(e)
do = zlib.decompressobj()
pieces = [do.decompress(c[i:i + 100]) for i in range(0, len(c), 100)]
print(sum(len(p) for p in pieces), do.unused_data, do.eof, [len(p) for p in pieces[:12]])
do = zlib.decompressobj()
first = do.decompress(c[:-30], 10)
d2 = do.copy()
print(len(first), len(do.flush()), len(d2.decompress(d2.unconsumed_tail)), d2.eof, do.eof)
do = zlib.decompressobj()
print(len(do.decompress(c[:500])), len(do.flush()), do.eof, do.unconsumed_tail)
for bad in (lambda: zlib.decompressobj().decompress(b'x', -1), lambda: zlib.decompressobj().flush(0),
            lambda: zlib.decompressobj(wbits=7), lambda: zlib.decompressobj(zdict=5), lambda: zlib.decompressobj().decompress('s')):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
do = zlib.decompressobj()
do.decompress(zlib.compress(b'x'))
do.flush()
for bad in (lambda: do.decompress(b'abc'), lambda: do.copy(), lambda: do.flush()):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

for wbits in (0, 9, 15, 47, 31, -15, 40):
    src = zlib.compress(data[:2000], 6, {0: 15, 9: 9, 15: 15, 47: 31, 31: 31, -15: -15, 40: 15}[wbits])
    try:
        print('wbits', wbits, len(zlib.decompressobj(wbits).decompress(src)), len(zlib.decompress(src, wbits)))
    except Exception as e:
        print('wbits', wbits, type(e).__name__, e)
print(zlib.decompress(zlib.compress(b'x' * 100000), bufsize=1)[:3], zlib.decompress(zlib.compress(b'abc'), bufsize=0))

zdc = zlib._ZlibDecompressor()
c = zlib.compress(data) + b'tail'
res = [zdc.decompress(c[:1000], 100), zdc.decompress(b'', 0), zdc.decompress(b'', 50000), zdc.decompress(c[1000:], -1)]
print([len(r) for r in res], zdc.eof, zdc.needs_input, zdc.unused_data, b''.join(res) == data)
try:
    zdc.decompress(b'x')
except EOFError as e:
    print('EOFError', e)
zdc = zlib._ZlibDecompressor(wbits=31)
g = zlib.compress(b'gzip data', 9, 31)
print(zdc.decompress(g[:5]), zdc.needs_input, zdc.decompress(g[5:]), zdc.eof)
