# bitwise operations on big and negative integers (two's complement semantics with infinite sign extension)
vals = [2 ** 100, -(2 ** 100), 2 ** 100 - 1, -(2 ** 100) + 1, 123456789012345678901234567890, -987654321098765432109876543210]
for a in vals:
    print(a & 0xFFFFFFFF, a | 1, a ^ -1, a >> 64, a << 3, (a & (a - 1)).bit_length(), bin(a & 0xFF))
print((2 ** 100) & -(2 ** 100), (2 ** 100 - 1) & -(2 ** 50), -(2 ** 64) | (2 ** 63), (-1) >> 1000, ~(2 ** 200) + 2 ** 200)
x = 0
for i in range(0, 200, 7):
    x |= 1 << i
print(x.bit_count(), x.bit_length(), hex(x)[:20], x >> 190)
print((1 << 64) - 1 == 0xFFFFFFFFFFFFFFFF, -(1 << 63) == -0x8000000000000000, int.bit_count(-255))
