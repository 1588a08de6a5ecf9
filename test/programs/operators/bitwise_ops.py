# bitwise operators on ints and bools, sets and dict views; shifts with big values; precedence
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (2 ** 70, 2 ** 69 + 1), (0, -1)]:
    print(a, b, a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__, False ^ 5)
print({1, 2, 3} & {2, 3, 4}, {1} | {2}, {1, 2} ^ {2, 3}, {1, 2} - {2}, {"a": 1}.keys() & {"a", "b"}, sorted({"a": 1}.keys() | ["c"]))
print(1 << 0, 1 << 62, 1 << 64, -1 << 100, (1 << 100) >> 98, -(1 << 100) >> 98, 5 >> 100, -5 >> 100)
print(1 + 2 << 3, 1 << 2 + 3, 5 & 3 | 8, 5 | 3 & 8, ~5 & 0xF, -~5, ~-5, 6 ^ 3 & 5)
for bad in [lambda: 1 << -1, lambda: 1 >> -1, lambda: 1.0 & 1, lambda: "a" | "b", lambda: [1] & [1], lambda: 1 << 2.0]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
x = 0b1111
x &= 0b1010; x |= 0b0001; x ^= 0b1111; x <<= 2; x >>= 1
print(bin(x), x)
