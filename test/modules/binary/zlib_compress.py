# zlib.compress at every level, window size, container and strategy: the exact bytes (small inputs)
# or their CRC-32 and length (large ones), and that they decompress to the input.
import zlib

def show(label, c, t):
    shown = c.hex() if len(c) <= 64 else 'crc=%08x len=%d' % (zlib.crc32(c), len(c))
    print(label, shown, zlib.decompress(c, 47 if c[:2] == b'\x1f\x8b' else 15) == t if label[0] != 'r' else '')

def lcg(n, seed, alphabet=None):
    out = bytearray()
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        out.append(alphabet[(x >> 16) % len(alphabet)] if alphabet else (x >> 16) & 0xff)
    return bytes(out)

texts = {
    'empty': b'',
    'a': b'a',
    'hello': b'hello world',
    'rep': b'aaaaaaaaaabbbbbbbbbb' * 10,
    'bytes': bytes(range(256)) * 40,
    'lines': b''.join(b'line %d: the quick brown fox %d\n' % (i, i * i % 97) for i in range(3000)),
    'noise': lcg(40000, 5),
    'text': lcg(120000, 9, b'abcdefgh  \nxyz'),
    'zeros': bytes(70000),
    'mixed': lcg(30000, 3) + bytes(5000) + lcg(30000, 4, b'ab'),
}
for name, t in texts.items():
    for level in range(-1, 10):
        show('%s level %d' % (name, level), zlib.compress(t, level), t)
    for wbits in (9, 10, 12, -15, -12, -9, 31, 25, 29):
        c = zlib.compress(t, 6, wbits)
        show('%s wbits %d' % (name, wbits), c, t) if wbits > 0 else print(name, 'raw', wbits, 'crc=%08x len=%d' % (zlib.crc32(c), len(c)), zlib.decompress(c, wbits) == t)
    c = zlib.compress(t, 0, -15)
    print(name, 'raw level 0', 'crc=%08x len=%d' % (zlib.crc32(c), len(c)), zlib.decompress(c, -15) == t)
    for strategy in (zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED):
        for level in (1, 6, 9):
            co = zlib.compressobj(level, zlib.DEFLATED, 15, 8, strategy)
            show('%s strategy %d level %d' % (name, strategy, level), co.compress(t) + co.flush(), t)
    for mem in (1, 2, 5, 9):
        co = zlib.compressobj(9, zlib.DEFLATED, 15, mem)
        show('%s memLevel %d' % (name, mem), co.compress(t) + co.flush(), t)

big = lcg(1 << 20, 11, b'0123456789abcdef \n')
for level in (0, 1, 6, 9):
    c = zlib.compress(big, level)
    print('1MB level', level, 'crc=%08x len=%d' % (zlib.crc32(c), len(c)), zlib.decompress(c) == big)
print(zlib.crc32(big), zlib.adler32(big), zlib.crc32(big, 7), zlib.adler32(big, 7))
print(zlib.crc32(b'hello'), zlib.adler32(b'hello'), zlib.adler32(b'x' * 100000), zlib.adler32(b'abc', 12345), zlib.crc32(b''), zlib.adler32(b''))
print(zlib.adler32(b'abc', -1), zlib.crc32(b'abc', 2**32 + 5), zlib.adler32(bytearray(b'abc')), zlib.crc32(memoryview(b'abc')))
