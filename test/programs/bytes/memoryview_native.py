# oracle: python3
# memoryview casts to the formats whose size is the platform's (l, L, n, N, P, ?): 64-bit CPython.
c = memoryview(bytearray(b'\x01\x00\x02\x00\x03\x00\x04\x00\x05\x00\x06\x00\x07\x00\x08\x00'))
for fmt in ['l', 'L', 'n', 'N', 'P', 'q', 'Q', '?']:
    x = c.cast(fmt)
    print(fmt, x.format, x.itemsize, len(x), x.nbytes, x.tolist(), x.shape, x.strides)
m = memoryview(bytearray(16)).cast('l')
m[0] = -2**63
m[1] = 2**63 - 1
print(m.tolist(), m.cast('B').tolist())
for v in (2**63, -2**63 - 1, 1.5, 'x'):
    try:
        m[0] = v
    except Exception as e:
        print(type(e).__name__, e)
u = memoryview(bytearray(8)).cast('N')
for v in (2**64 - 1, 2**64, -1):
    try:
        u[0] = v
        print(u[0])
    except Exception as e:
        print(type(e).__name__, e)
import codecs
print(codecs.charmap_build(''.join(map(chr, range(256)))).size(), codecs.charmap_build('\x00\u1234\u5678a').size())
