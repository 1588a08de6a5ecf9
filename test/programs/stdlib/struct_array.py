# array module and struct packing round trips
import array, struct
a = array.array("i", [1, 2, 3])
a.append(4); a.extend([5, 6]); a.insert(0, 0)
print(a, a.typecode, a.itemsize, len(a), a[2], a[-1], a[1:3], a.tolist(), a.index(3), a.count(1))
a.reverse(); print(a)
b = array.array("d", [1.5, 2.5])
print(b, b.tobytes() == struct.pack("<2d", 1.5, 2.5) or b.tobytes() == struct.pack(">2d", 1.5, 2.5), sum(b))
u = array.array("u", "héllo")
print(u, u.tounicode(), array.array("B", b"abc"), array.array("b", [-1, 1]).tolist())
for bad in [lambda: array.array("i", [1.5]), lambda: array.array("B", [256]), lambda: array.array("z"), lambda: a.index(99), lambda: array.array("i") + array.array("d")]:
    try:
        print(bad())
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
packed = struct.pack(">HIq?3sx", 1, 2, -3, True, b"xyz")
print(packed, len(packed), struct.calcsize(">HIq?3sx"), struct.unpack(">HIq?3sx", packed))
print(list(struct.iter_unpack(">h", b"\x00\x01\x00\x02")), struct.unpack_from(">H", b"\xff\x00\x01", 1), struct.Struct(">ii").size)
s = struct.Struct("<f")
print(s.unpack(s.pack(3.14))[0], s.format)
for bad in [lambda: struct.pack(">h", 40000), lambda: struct.unpack(">I", b"ab"), lambda: struct.pack(">q"), lambda: struct.calcsize("@Z")]:
    try:
        print(bad())
    except struct.error as e:
        print(type(e).__name__, e)
