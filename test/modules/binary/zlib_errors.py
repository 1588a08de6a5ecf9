# zlib's messages for damaged or truncated streams, and the module's argument errors.
import zlib

good = zlib.compress(b'hello hello hello hello world' * 50)
gz = zlib.compress(b'hello world', 6, 31)
cases = {
    'empty': b'',
    'truncated': good[:-5],
    'header': b'\x78\x9d' + good[2:],
    'method': b'\x79\x9c' + good[2:],
    'window': b'\x88\x98' + good[2:],
    'checksum': good[:-1] + bytes([good[-1] ^ 1]),
    'blocktype': b'\x78\x9c\x07\x00',
    'stored': b'\x78\x9c\x01\x05\x00\x05\x00hello',
    'dynamic': b'\x78\x9c\x05\xff\xff\xff\xff',
    'codes': b'\x78\x9c\x04\x00\x00\x00\x00',
    'distance': b'\x78\x9c\x63\x60\x40\x05\x00',
    'toofar': bytes.fromhex('789c4b4c4c0400'),
    'gzip flags': gz[:3] + b'\xe0' + gz[4:],
    'gzip method': gz[:2] + b'\x09' + gz[3:],
    'gzip crc': gz[:-8] + b'\x00\x00\x00\x00' + gz[-4:],
    'gzip length': gz[:-4] + b'\x01\x00\x00\x00',
    'gzip truncated': gz[:-3],
    'need dict': zlib.compressobj(zdict=b'abc').compress(b'abc') + b'\x00' * 10,
    'garbage': b'not compressed at all',
    'raw stray': b'\xff\xff\xff',
}
for name, blob in cases.items():
    for wbits in (15, 47, -15):
        try:
            r = zlib.decompress(blob, wbits)
            print(name, wbits, 'ok', r[:20])
        except zlib.error as e:
            print(name, wbits, e)
        try:
            d = zlib.decompressobj(wbits)
            r = d.decompress(blob)
            print(name, wbits, 'obj', r[:20], d.eof, d.unused_data[:10], d.flush()[:10])
        except zlib.error as e:
            print(name, wbits, 'obj', e)
for args in ((b'x', 10), (b'x', -2), (b'x', 6, 7), (b'x', 6, 16), (b'x', 6, 32), (b'x', 6, -16), (b'x', 6, 8), (b'x', 6, -8),
             ('str',), (b'x', 'a'), (b'x', 2**40)):
    try:
        print(zlib.compress(*args).hex())
    except Exception as e:
        print(args, type(e).__name__, e)
for args in ((good, 7), (good, 48), (good, -16), (good, 15, -1), ('str',), (good, 2**40)):
    try:
        print(len(zlib.decompress(*args)))
    except Exception as e:
        print(args[1:], type(e).__name__, e)
for f in (lambda: zlib.compressobj(zdict=None), lambda: zlib.decompressobj(zdict=None), lambda: zlib.compress(b'a', level=None),
          lambda: zlib.compressobj(zdict=b'ab').flush(), lambda: zlib.compressobj.__text_signature__):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
try:
    zlib._ZlibDecompressor().decompress(zlib.compressobj(zdict=b'abc').compress(b'abc') + b'x' * 10)
except SystemError as e:
    print('SystemError', e)
d = zlib._ZlibDecompressor(zdict=b'abc')
try:
    print(d.decompress(zlib.compressobj(zdict=b'abc').compress(b'abc')), d.needs_input)
except SystemError as e:
    print('SystemError', e)
print(zlib._ZlibDecompressor(-15, zdict=b'abc').decompress(zlib.compressobj(wbits=-15, zdict=b'abc').compress(b'abcabc')))
for bad in ((7,), (15, 5), (1, 2, 3)):
    try:
        zlib._ZlibDecompressor(*bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
print(zlib.error, zlib.error.__mro__, zlib.MAX_WBITS, zlib.DEF_BUF_SIZE, zlib.ZLIB_VERSION, zlib.Z_BLOCK, zlib.Z_TREES)
print(sorted(n for n in dir(zlib) if not n.startswith('__')))
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__, zlib.Decompress if hasattr(zlib, 'Decompress') else None)
