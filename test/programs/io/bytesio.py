# io.BytesIO: reads, writes, seeks, getbuffer exports, readinto, errors
import io
b = io.BytesIO(b'hello world')
print(b.read(5), b.tell(), b.read(), b.read(), b.tell())
b.seek(0)
print(b.readline(), b.getvalue(), b.read1(3), b.read1())
b = io.BytesIO()
print(b.write(b'abc'), b.write(bytearray(b'def')), b.write(memoryview(b'ghi')), b.getvalue(), b.tell())
b.seek(10)
b.write(b'Z')
print(b.getvalue(), len(b.getvalue()))
print(b.truncate(4), b.getvalue(), b.tell())
b.seek(-2, 2)
print(b.read(), b.seek(0, 1), b.seek(1, 0))
for bad in ((-1,), (0, 5), (0.5,)):
    try:
        b.seek(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
buf = bytearray(3)
b.seek(0)
print(b.readinto(buf), buf, b.readinto(bytearray(10)))
b = io.BytesIO(b'abcdef')
m = b.getbuffer()
print(bytes(m), len(m), m.readonly)
try:
    b.write(b'x' * 10)
except BufferError as e:
    print('BufferError', e)
try:
    b.close()
except BufferError as e:
    print('BufferError', e)
m[0] = ord('Z')
print(b.getvalue())
m.release()
b.write(b'0123456789')
print(b.getvalue())
b = io.BytesIO(b'l1\nl2\nl3')
print(list(b), b.readlines())
b.seek(0)
print(b.readlines(3))
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed)
b.close()
for op in (b.read, b.getvalue, b.tell, lambda: b.write(b'x'), b.getbuffer):
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
try:
    io.BytesIO('str')
except TypeError as e:
    print('TypeError', e)
try:
    io.BytesIO().write('str')
except TypeError as e:
    print('TypeError', e)
b = io.BytesIO(b'xyz')
st = b.__getstate__()
print(st[0], st[1], st[2])
c = io.BytesIO()
c.__setstate__((b'restored', 3, {'k': 1}))
print(c.read(), c.k)
print(type(b).__name__, [t.__name__ for t in type(b).__mro__])
