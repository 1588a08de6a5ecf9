# integer division and modulo rounding toward negative infinity for big and small values, true division correct rounding
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (10 ** 20 + 1, 3), (-(10 ** 20) - 1, 3), (10 ** 20, -(10 ** 10) - 7), (1, 10 ** 30), (-1, 10 ** 30)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a // b, a % b, q * b + r == a, (r == 0) or (r > 0) == (b > 0))
print(10 ** 30 / 3, (10 ** 30 + 1) / (10 ** 30), 2 ** 1000 / 2 ** 999, (2 ** 53 + 1) / 1, 1 / 3 == (10 ** 30 // 3) / 10 ** 30)
print(-(10 ** 25) // 7, -(10 ** 25) % 7, (10 ** 25) // -7, round(10 ** 25 / 7), int(-(10 ** 25) / 7))
