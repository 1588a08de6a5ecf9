# memoryview over bytes and bytearray: slicing, casting, tolist, release, errors
b = bytearray(b"abcdef")
m = memoryview(b)
print(m[0], m[-1], bytes(m[1:3]), m.tobytes(), m.tolist(), len(m), m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides)
m[0] = ord("A")
m[1:3] = b"BC"
print(b, m.hex(), m.hex(":"), bytes(m[::2]), m[::-1].tobytes())
ro = memoryview(b"xyz")
print(ro.readonly, ro.obj, ro == b"xyz", ro == memoryview(b"xyz"), ro.tobytes() == b"xyz")
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
ints = memoryview(bytearray(8)).cast("i")
ints[0] = 1
ints[1] = -2
print(ints.tolist(), ints.format, ints.itemsize, len(ints), ints.nbytes, bytes(ints.cast("B"))[:4])
h = memoryview(b"\x01\x00\x02\x00").cast("H")
print(h.tolist(), h[1])
grid = memoryview(bytearray(range(6))).cast("B", shape=[2, 3])
print(grid.shape, grid.tolist(), grid.strides, grid[1, 2])
with memoryview(b"ctx") as cm:
    print(cm.tobytes())
try:
    cm.tobytes()
except ValueError as e:
    print(type(e).__name__, e)
m2 = memoryview(bytearray(b"12"))
m2.release()
m2.release()
print(repr(m2).startswith("<released memory"))
for c in [lambda: memoryview("str"), lambda: memoryview(1), lambda: m[10], lambda: memoryview(b"ab")[0:1].cast("x"), lambda: memoryview(b"abc").cast("i"),
          lambda: memoryview(bytearray(2)).__setitem__(0, 300), lambda: memoryview(bytearray(2)).__setitem__(slice(0, 2), b"abc"), lambda: hash(memoryview(bytearray(1)))]:
    try:
        print(c())
    except (TypeError, ValueError, IndexError, NotImplementedError) as e:
        print(type(e).__name__, e)
print(hash(memoryview(b"abc")) == hash(b"abc"), memoryview(b"ab") in [b"ab"], list(memoryview(b"hi")))
buf = bytearray(b"hello")
view = memoryview(buf)
try:
    buf.append(1)
except BufferError as e:
    print(type(e).__name__, e)
view.release()
buf.append(33)
print(buf)
