# A strided memoryview given to I/O: writes refuse it (BufferError), readinto's writable-buffer
# argument rejects it with a TypeError; contiguous slices of views work.
import io, os, tempfile
m = memoryview(bytearray(b'noncontig'))[::-2]
cases = [
    ('FileIO.write', lambda: open(os.devnull, 'wb', buffering=0).write(m)),
    ('BufferedWriter.write', lambda: open(os.devnull, 'wb').write(m)),
    ('BytesIO.write', lambda: io.BytesIO().write(m)),
    ('os.write', lambda: os.write(os.open(os.devnull, os.O_WRONLY), m)),
    ('readinto', lambda: io.BytesIO(b'abcdefgh').readinto(m)),
    ('FileIO.readinto', lambda: open(__file__, 'rb', buffering=0).readinto(m)),
    ('FileIO.readinto bytes', lambda: open(__file__, 'rb', buffering=0).readinto(b'xx')),
    ('BufferedReader.readinto', lambda: open(__file__, 'rb').readinto(m)),
]
for name, f in cases:
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)
c = bytearray(4)
print(io.BytesIO(b'wxyz').readinto(memoryview(c)[:2]), c, io.BytesIO().write(memoryview(b'abcdef')[1:3]))
