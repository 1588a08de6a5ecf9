# hex/fromhex round trips, int<->bytes, bytes to str conversions, repr of all byte values
data = bytes(range(256))
print(data.hex()[:64], bytes.fromhex(data.hex()) == data, data.hex(" ", 4)[:47], data[:16].hex(":", -2))
print(repr(bytes(range(32))), repr(bytes(range(120, 130))), repr(bytes(range(250, 256))))
print(int.from_bytes(b"\x00\x01", "big"), int.from_bytes(b"\x00\x01", "little"), (258).to_bytes(2, "big"), (-2).to_bytes(1, "big", signed=True))
print(bytes.fromhex("  41 42\t43\n44 "), bytearray.fromhex("ff"), b"\x00\xff".hex().upper(), b"AB".decode("ascii"), str(b"AB"), bytes("AB", "ascii"))
for bad in ["g0", "0", "a b", "\u0661\u0662"]:
    try:
        print(bytes.fromhex(bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
print(b"".hex(), bytes(0).hex(), b"\x01".hex("-"), bytes([1, 2, 3]).hex(sep="_", bytes_per_sep=1))
