# The gzip module over zlib: files written with a fixed mtime, one-shot compress/decompress, and
# members read back through zlib._ZlibDecompressor.
import gzip, io, zlib

def lcg(n, seed, alphabet):
    out = bytearray()
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        out.append(alphabet[(x >> 16) % len(alphabet)])
    return bytes(out)

data = lcg(60000, 1, b'abcdefghij \n')
for level in (0, 1, 6, 9):
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0, compresslevel=level) as f:
        f.write(data[:1000])
        f.write(data[1000:])
    blob = buf.getvalue()
    print(level, len(blob), zlib.crc32(blob), blob[:12].hex(), gzip.decompress(blob) == data)
    with gzip.GzipFile(fileobj=io.BytesIO(blob)) as f:
        print(f.read(10), len(f.read()), f.read())
print(gzip.compress(b'abc', mtime=0).hex(), gzip.compress(b'abc' * 1000, compresslevel=1, mtime=0).hex())
two = gzip.compress(b'first ', mtime=0) + gzip.compress(b'second', mtime=0)
print(gzip.decompress(two))
for bad in (b'\x1f\x8b\x08\x00', gzip.compress(b'x', mtime=0)[:-2], b'not gzip at all'):
    try:
        print(gzip.decompress(bad))
    except Exception as e:
        print(type(e).__name__, e)
