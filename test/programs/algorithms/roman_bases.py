# conversions: roman numerals, arbitrary bases, binary/gray codes, bit tricks
def to_roman(n):
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = []
    for v, s in vals:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)
def from_roman(s):
    m = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = m[a]
        total += -v if b != " " and m[b] > v else v
    return total
samples = [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]
print([to_roman(n) for n in samples], all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
def to_base(n, b):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))
print([to_base(255, b) for b in (2, 3, 8, 16, 36)], to_base(-42, 7), int(to_base(10 ** 30, 36), 36) == 10 ** 30)
print([n ^ (n >> 1) for n in range(8)], [bin(n ^ (n >> 1))[2:].zfill(3) for n in range(8)])
x = 0b10110100
print(x & -x, x & (x - 1), bin(x).count("1"), x.bit_count(), (x >> 2) & 1, x | (1 << 10), ~x & 0xFF, x.bit_length())
def popcount_table(n):
    t = [0] * (n + 1)
    for i in range(1, n + 1):
        t[i] = t[i >> 1] + (i & 1)
    return t
print(popcount_table(16))
print(int.from_bytes(b"\xde\xad\xbe\xef", "big"), hex(0xDEADBEEF ^ 0xFFFFFFFF), (0xDEADBEEF).to_bytes(4, "little").hex())
