# bin, hex, oct and the int() round trip
for v in [0, 1, -1, 255, -256, 2 ** 64, -(2 ** 100), True]:
    print(v, bin(v), hex(v), oct(v), int(bin(v), 0), int(hex(v), 16), int(oct(v), 8))
class I:
    def __index__(self):
        return 10
print(bin(I()), hex(I()), oct(I()))
for c in [lambda: bin(1.5), lambda: hex("a"), lambda: oct(None), lambda: bin(), lambda: hex(1, 2), lambda: oct(x=1)]:
    try:
        print(c())
    except TypeError as e:
        print(type(e).__name__, e)
print(format(255, "b"), format(255, "#o"), f"{255:#x}", "%x" % 255, "%o" % 8, "%#o" % 8)
print((255).to_bytes(2, "big").hex(), float.hex(1.5), (1.5).hex(), float.fromhex("0x1.8p0"))
