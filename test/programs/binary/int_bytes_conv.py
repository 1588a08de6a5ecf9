# int.to_bytes / int.from_bytes and struct basics
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (255).to_bytes(1), (-1).to_bytes(2, "big", signed=True), (0).to_bytes(0, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 0]), int.from_bytes(b""))
print((2 ** 64 - 1).to_bytes(8, "big"), int.from_bytes(b"\x01" + b"\x00" * 16, "big"), (-129).to_bytes(2, "little", signed=True))
for c in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle"), lambda: (1).to_bytes(-1, "big"), lambda: int.from_bytes("ab", "big"),
          lambda: (128).to_bytes(1, "big", signed=True)]:
    try:
        print(c())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
import struct
print(struct.pack(">I", 1), struct.pack("<hh", 1, -1), struct.unpack(">Hb", b"\x01\x02\xff"), struct.calcsize(">IHb"), struct.pack(">d", 1.5), struct.unpack(">f", struct.pack(">f", 0.1)))
print(struct.pack("3s", b"abcdef"), struct.pack(">?", True), struct.unpack("<q", (-2).to_bytes(8, "little", signed=True)))
try:
    struct.pack(">B", 300)
except struct.error as e:
    print(type(e).__name__, e)
