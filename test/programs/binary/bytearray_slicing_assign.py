# bytearray slice assignment with different right-hand sides, extended slices and resizing
ba = bytearray(b"0123456789")
ba[2:5] = b"AB"
print(ba)
ba[0:0] = bytearray(b"<<")
print(ba)
ba[-2:] = memoryview(b"!!")
print(ba)
ba[::3] = b"x" * len(ba[::3])
print(ba)
ba[1:3] = [65, 66, 67]
print(ba)
ba[5:6] = range(97, 100)
print(ba)
del ba[::2]
print(ba, len(ba))
for bad in [lambda: ba.__setitem__(slice(0, 2), "str"), lambda: ba.__setitem__(slice(None, None, 2), b"toolong" * 10), lambda: ba.__setitem__(0, b"x"), lambda: ba.__setitem__(slice(0, 1), [256])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
b2 = bytearray(b"abc")
b2[1:2] = b2
print(b2)
b3 = bytearray(3)
b3[:] = b"xyzw"
print(b3, len(b3))
