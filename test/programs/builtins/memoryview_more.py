# memoryview: tobytes with orders, hex, index/count via tolist, cast back and forth, comparison of different formats, nbytes/len
m = memoryview(bytearray(b"abcdef"))
print(m.tobytes("C"), m.hex(), m[1:4].hex("-"), m.tolist().count(99), m.tolist().index(100), m.nbytes, len(m[::2]), m[::2].nbytes)
h = m.cast("H")
print(h.tolist(), h.cast("B").tobytes(), h.nbytes, len(h), h.format)
print(memoryview(b"\x01\x00\x00\x00").cast("i") == memoryview(b"\x01\x00\x00\x00").cast("I"), memoryview(b"ab") != b"ac", memoryview(b"") == b"")
sub = m[2:4]
sub[0] = ord("X")
print(m.obj, sub.obj is m.obj, sub.tobytes())
with memoryview(b"ctx") as v:
    print(v.readonly, bytes(v))
print(v.nbytes if False else "released view attributes raise", repr(v)[:20])
