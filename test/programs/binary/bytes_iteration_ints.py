# iterating and indexing bytes yields ints; membership with ints and subsequences; bytes from iterables of ints; sum/max over bytes
b = b"Hello"
print([c for c in b], b[0], b[-1], b[1:2], type(b[0]).__name__, list(reversed(b)), sorted(b), max(b), min(b), sum(b))
print(72 in b, b"ell" in b, bytes([72]) in b, bytearray(b"lo") in b, memoryview(b"He") in [b"He"])
try:
    "H" in b
except TypeError as e:
    print(type(e).__name__, e)
try:
    256 in b
except ValueError as e:
    print(type(e).__name__, e)
print(bytes(x ^ 0xFF for x in b), bytes(reversed(b)), bytearray(c + 1 for c in b"abc"), b"".join([b"a", bytes([98]), bytearray(b"c")]))
print(dict(zip(b"ab", b"xy")), list(enumerate(b"hi")), b"x" * 3 == bytes([120] * 3), b"%c" % 65)
