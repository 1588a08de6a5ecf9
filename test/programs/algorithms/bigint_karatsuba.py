# Karatsuba multiplication on Python ints, checked against built-in multiplication
import random
def karatsuba(x, y):
    if x < 10 or y < 10:
        return x * y
    n = max(len(str(x)), len(str(y)))
    m = n // 2
    p = 10 ** m
    a, b = divmod(x, p)
    c, d = divmod(y, p)
    ac = karatsuba(a, c)
    bd = karatsuba(b, d)
    mid = karatsuba(a + b, c + d) - ac - bd
    return ac * p * p + mid * p + bd
rng = random.Random(99)
ok = True
for digits in (1, 5, 20, 60):
    for _ in range(3):
        a = rng.randrange(10 ** (digits - 1), 10 ** digits)
        b = rng.randrange(10 ** (digits - 1), 10 ** digits)
        ok = ok and karatsuba(a, b) == a * b
print(ok, karatsuba(12345678901234567890, 98765432109876543210))
def pow_mod(b, e, m):
    result = 1
    b %= m
    while e:
        if e & 1:
            result = result * b % m
        b = b * b % m
        e >>= 1
    return result
print(pow_mod(3, 10 ** 20, 10 ** 9 + 7) == pow(3, 10 ** 20, 10 ** 9 + 7), pow_mod(2, 2 ** 64, 2 ** 61 - 1))
