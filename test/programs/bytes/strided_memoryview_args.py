# A memoryview that is not C-contiguous as an argument: PyBUF_SIMPLE consumers raise BufferError or
# their own TypeError, copying consumers (bytes(), bytearray(), tobytes(), int.from_bytes) accept it.
import binascii, codecs, hashlib, struct, zlib

m = memoryview(bytearray(b'noncontig'))[::-2]
print(m.c_contiguous, m.contiguous, m.nbytes)
cases = [
    ('bytes(m)', lambda: bytes(m)),
    ('bytearray(m)', lambda: bytearray(m)),
    ('m.tobytes()', lambda: m.tobytes()),
    ('int.from_bytes', lambda: int.from_bytes(m)),
    ('bytes + m', lambda: b'x' + m),
    ('bytearray + m', lambda: bytearray(b'a') + m),
    ('bytearray += m', lambda: bytearray(b'a').__iadd__(m)),
    ('join', lambda: b''.join([b'a', m])),
    ('extend', lambda: bytearray(b'a').extend(m)),
    ('find', lambda: b'abc'.find(m)),
    ('count', lambda: bytearray(b'abc').count(m)),
    ('startswith', lambda: b'ab'.startswith(m)),
    ('str(m, enc)', lambda: str(m, 'ascii')),
    ('float(m)', lambda: float(m)),
    ('int(m)', lambda: int(m)),
    ('codecs.decode', lambda: codecs.decode(m)),
    ('zlib.crc32', lambda: zlib.crc32(m)),
    ('binascii.hexlify', lambda: binascii.hexlify(m)),
    ('hashlib.md5', lambda: hashlib.md5(m)),
    ('struct.unpack', lambda: struct.unpack('5s', m)),
    ('m == bytes', lambda: m == b'gtonn'),
    ('bytearray == m', lambda: bytearray(b'gtonn') == m),
]
for name, f in cases:
    try:
        r = f()
        print(name, '->', r if not isinstance(r, hashlib.md5().__class__) else 'hash')
    except Exception as e:
        print(name, '!!', type(e).__name__, e, getattr(e, '__notes__', ''))
# contiguous slices of a view are fine
c = memoryview(b'abcdef')[1:4]
print(b'x' + c, b''.join([c]), binascii.hexlify(c), zlib.crc32(c), float(memoryview(b'1.5')), int(memoryview(b'42')))
