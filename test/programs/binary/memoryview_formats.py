# memoryview formats and multi-dimensional views: cast round trips, tolist, slicing restrictions, comparisons
import struct
raw = struct.pack("<4h", 1, -2, 300, -400)
m = memoryview(raw).cast("h")
print(m.tolist(), m.format, m.itemsize, m.nbytes, len(m), m[2], m[-1], m[1:3].tolist())
b = memoryview(bytearray(raw))
h = b.cast("h")
h[0] = 7
print(bytes(b[:2]), h.tolist())
q = memoryview(struct.pack("<2q", 2 ** 40, -1)).cast("q")
print(q.tolist())
d = memoryview(struct.pack("<2d", 1.5, -0.25)).cast("d")
print(d.tolist(), d.format)
grid = memoryview(bytearray(range(12))).cast("B", (3, 4))
print(grid.shape, grid.strides, grid.ndim, grid.tolist(), grid[2, 3])
try:
    grid[1]
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    grid[0:1]
except NotImplementedError as e:
    print(type(e).__name__, e)
print(memoryview(b"ab") == b"ab", memoryview(b"ab") == memoryview(bytearray(b"ab")), m == m, memoryview(b"\x01\x00").cast("h") == memoryview(b"\x01\x00").cast("H"))
print(memoryview(b"abc")[::-1].tobytes(), memoryview(b"abcdef")[::2].tolist(), memoryview(b"abc").toreadonly().readonly, memoryview(b"xy").c_contiguous)
